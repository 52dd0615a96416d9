import '../insights.css';

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { fieldErrorsOf, isForbidden, isNotFound } from '@/lib/graphql/errors';
import { parseArea } from '@/modules/organisations/area-geojson';

import {
  controlErrorsOf,
  isSettingsError,
  useCouncilInsights,
} from '../hooks/useCouncilInsights';
import {
  type InsightParams,
  readInsightParams,
  toSearchParams,
} from '../insight-params';
import { dayLabel } from '../period-labels';
import { InsightControls } from './InsightControls';
import { InsightsContent } from './InsightsContent';

/** True when the id names no council: unknown, malformed or another kind. */
function isNotACouncil(error: unknown): boolean {
  return (
    isNotFound(error) || fieldErrorsOf(error, '').fields.councilId !== undefined
  );
}

function RefusedView({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const key = isForbidden(error) ? 'forbidden' : 'notFound';

  return (
    <>
      <h1>{t(`insights.${key}.title`)}</h1>
      <p>{t(`insights.${key}.body`)}</p>
      <ErrorMessage error={error} />
    </>
  );
}

/**
 * Renders `/organisations/:organisationId/insights`: a council's activity,
 * density map and gaps for its members and admins. The settings live in the
 * query string, so a view can be shared as a link.
 */
export function CouncilInsightsPage() {
  const { t, i18n } = useTranslation();
  const { organisationId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const params = useMemo(
    () => readInsightParams(new URLSearchParams(search)),
    [search],
  );
  const results = useCouncilInsights(organisationId, params);
  const { summary } = results;
  const insights = summary.data?.councilInsights;
  const area = useMemo(
    () => parseArea(insights?.council.area),
    [insights?.council.area],
  );
  const refused =
    summary.status === 'error' &&
    (isForbidden(summary.error) || isNotACouncil(summary.error));
  usePageTitle(
    insights === undefined
      ? t('insights.title')
      : t('insights.titleFor', { name: insights.council.name }),
  );

  function apply(next: InsightParams) {
    setSearchParams(toSearchParams(next));
  }

  return (
    <main className="page insights-page">
      <p>
        <Link to={`/organisations/${organisationId}`}>
          {t('insights.back')}
        </Link>
      </p>
      {refused ? (
        <RefusedView error={summary.error} />
      ) : (
        <>
          <h1>
            {insights === undefined
              ? t('insights.title')
              : t('insights.titleFor', { name: insights.council.name })}
          </h1>
          <p className="hint">
            {t('insights.range', {
              from: dayLabel(i18n.language, params.from),
              to: dayLabel(i18n.language, params.to),
            })}
          </p>
          <InsightControls
            // A new query string, such as after going back, resets the form.
            key={search}
            params={params}
            serverErrors={controlErrorsOf(Object.values(results))}
            onApply={apply}
          />
          {summary.status === 'error' && !isSettingsError(summary.error) && (
            <ErrorMessage
              error={summary.error}
              summaryKey="insights.loadFailed"
              onRetry={summary.retry}
            />
          )}
          {summary.status === 'error' && isSettingsError(summary.error) && (
            <p role="alert">{t('insights.fixSettings')}</p>
          )}
          {summary.status !== 'error' && insights === undefined && (
            <p role="status">{t('insights.loading')}</p>
          )}
          {insights !== undefined && summary.status !== 'error' && (
            <InsightsContent
              councilId={organisationId}
              params={params}
              area={area}
              summary={insights}
              results={results}
            />
          )}
        </>
      )}
    </main>
  );
}
