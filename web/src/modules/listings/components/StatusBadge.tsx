import { useTranslation } from 'react-i18next';

import type { OpportunityStatus } from '@/gql/graphql';

/** Renders a listing's status as a word; the colour only repeats it. */
export function StatusBadge({ status }: { status: OpportunityStatus }) {
  const { t } = useTranslation();

  return (
    <span className={`status-badge status-badge--${status.toLowerCase()}`}>
      {t(`listingForm.status.${status}`)}
    </span>
  );
}
