import {
  type SuppressedCount,
  suppressSmallCount,
} from '../../common/privacy/suppressed-count.model.js';
import type { InsightFigure, InsightTimePoint } from './dto/insights.model.js';
import type {
  ActivityCounts,
  ActivityRow,
  TimeRow,
} from './insights.repository.js';

interface PeopleCounts {
  registrations: SuppressedCount;
  attendances: SuppressedCount;
  badgesIssued: SuppressedCount;
}

/**
 * Suppresses the people counts of a row. Every figure that leaves the
 * service, by GraphQL or CSV, goes through here; opportunity counts are
 * listings, not people, and stay exact.
 */
export function suppressPeople(counts: ActivityCounts): PeopleCounts {
  return {
    registrations: suppressSmallCount(counts.registrations),
    attendances: suppressSmallCount(counts.attendances),
    badgesIssued: suppressSmallCount(counts.badgesIssued),
  };
}

export function figureOf(row: ActivityRow): InsightFigure {
  return {
    key: row.key,
    label: row.label,
    opportunities: row.opportunities,
    ...suppressPeople(row),
  };
}

export function timePointOf(row: TimeRow): InsightTimePoint {
  return {
    periodStart: row.periodStart,
    opportunities: row.opportunities,
    ...suppressPeople(row),
  };
}
