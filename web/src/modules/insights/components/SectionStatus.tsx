import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { QueryResult } from '@/lib/graphql/useQuery';

import { isSettingsError } from '../hooks/useCouncilInsights';

/**
 * Renders a section's loading or error state, or nothing once its data is
 * there. A rejected setting is shown next to its control, so the section
 * only points there.
 */
export function SectionStatus({ result }: { result: QueryResult<unknown> }) {
  const { t } = useTranslation();
  if (result.status === 'error') {
    return isSettingsError(result.error) ? (
      <p className="hint">{t('insights.fixSettings')}</p>
    ) : (
      <ErrorMessage
        error={result.error}
        summaryKey="insights.sectionFailed"
        onRetry={result.retry}
      />
    );
  }
  if (result.data === undefined) {
    return <p role="status">{t('insights.loading')}</p>;
  }

  return null;
}
