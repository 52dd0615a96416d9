import { useTranslation } from 'react-i18next';

import type { CostFieldsFragment } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';

import { formatMinorAmount } from '../format';

/** "Free", or the price in the currency's own format. */
export function CostText({ cost }: { cost: CostFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useFormatLocale();

  if (cost.free) return <>{t('opportunity.free')}</>;
  if (cost.amountMinor === null || cost.amountMinor === undefined) {
    return <>{t('opportunity.costUnknown')}</>;
  }

  return (
    <>{formatMinorAmount(cost.amountMinor, cost.currency ?? 'AUD', locale)}</>
  );
}
