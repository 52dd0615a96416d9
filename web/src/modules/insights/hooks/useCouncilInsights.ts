import { fieldErrorsOf } from '@/lib/graphql/errors';
import { type QueryResult, useQuery } from '@/lib/graphql/useQuery';

import {
  CouncilInsightsDensityQuery,
  CouncilInsightsGapsQuery,
  CouncilInsightsOverTimeQuery,
  CouncilInsightsSummaryQuery,
} from '../graphql/insights';
import {
  dateRangeVariables,
  type InsightParamName,
  type InsightParams,
} from '../insight-params';

const CONTROL_NAMES: readonly string[] = [
  'from',
  'to',
  'period',
  'cellKm',
  'shape',
  'gapDistanceKm',
  'fewThreshold',
] satisfies InsightParamName[];

/** The API's messages about the view's settings, by setting. */
export type ControlErrors = Partial<Record<InsightParamName, string>>;

/**
 * Loads a council's insights in four requests, one per group of settings,
 * so that a rejected map setting leaves the charts and gaps on screen.
 */
export function useCouncilInsights(councilId: string, params: InsightParams) {
  const base = { councilId, ...dateRangeVariables(params) };
  const summary = useQuery(CouncilInsightsSummaryQuery, base);
  const overTime = useQuery(CouncilInsightsOverTimeQuery, {
    ...base,
    period: params.period,
  });
  const density = useQuery(CouncilInsightsDensityQuery, {
    ...base,
    cellKm: params.cellKm,
    shape: params.shape,
  });
  const gaps = useQuery(CouncilInsightsGapsQuery, {
    ...base,
    gapDistanceKm: params.gapDistanceKm,
    fewThreshold: params.fewThreshold,
  });

  return { summary, overTime, density, gaps };
}

/** Collects the messages that name a setting, for its control. */
export function controlErrorsOf(
  results: readonly QueryResult<unknown>[],
): ControlErrors {
  const errors: ControlErrors = {};
  for (const result of results) {
    if (result.status !== 'error') continue;
    const { fields } = fieldErrorsOf(result.error, '');
    for (const [field, message] of Object.entries(fields)) {
      if (CONTROL_NAMES.includes(field)) {
        errors[field as InsightParamName] ??= message;
      }
    }
  }

  return errors;
}

/** True when every message of a failure is about a setting. */
export function isSettingsError(error: unknown): boolean {
  const { fields, general } = fieldErrorsOf(error, '');
  const names = Object.keys(fields);

  return (
    general.length === 0 &&
    names.length > 0 &&
    names.every((name) => CONTROL_NAMES.includes(name))
  );
}
