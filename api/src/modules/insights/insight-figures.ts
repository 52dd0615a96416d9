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

type PeopleMeasure = keyof PeopleCounts;

const PEOPLE_MEASURES: PeopleMeasure[] = [
  'registrations',
  'attendances',
  'badgesIssued',
];

const WITHHELD: SuppressedCount = { value: null, suppressed: true };

/**
 * Suppresses the people counts of a row on its own. Opportunity counts are
 * listings, not people, and stay exact.
 */
export function suppressPeople(counts: ActivityCounts): PeopleCounts {
  return {
    registrations: suppressSmallCount(counts.registrations),
    attendances: suppressSmallCount(counts.attendances),
    badgesIssued: suppressSmallCount(counts.badgesIssued),
  };
}

/**
 * Suppresses the people counts of a breakdown (by SDG, skill, place or
 * period). Every figure that leaves the service, by GraphQL or CSV, goes
 * through here or through `suppressPeople` for the totals. When a measure
 * has exactly one small count withheld, the total minus the other rows
 * would give it away, so the smallest other non-zero count of that
 * measure is withheld too (the first in row order on a tie). Rows of a
 * breakdown overlap, because an opportunity has several SDGs or skills,
 * so this narrows differencing but cannot rule it out.
 */
export function suppressBreakdown(rows: ActivityCounts[]): PeopleCounts[] {
  const people = rows.map(suppressPeople);
  for (const measure of PEOPLE_MEASURES) {
    const withheld = people.filter((row) => row[measure].suppressed).length;
    if (withheld !== 1) continue;
    const next = smallestShown(rows, people, measure);
    if (next !== undefined) people[next]![measure] = WITHHELD;
  }

  return people;
}

/** Index of the smallest non-zero count still shown, if any. */
function smallestShown(
  rows: ActivityCounts[],
  people: PeopleCounts[],
  measure: PeopleMeasure,
): number | undefined {
  let smallest: number | undefined;
  rows.forEach((row, index) => {
    if (people[index]![measure].suppressed || row[measure] === 0) return;
    if (smallest === undefined || row[measure] < rows[smallest]![measure]) {
      smallest = index;
    }
  });

  return smallest;
}

export function figureOf(row: ActivityRow): InsightFigure {
  return {
    key: row.key,
    label: row.label,
    opportunities: row.opportunities,
    ...suppressPeople(row),
  };
}

export function figuresOf(rows: ActivityRow[]): InsightFigure[] {
  const people = suppressBreakdown(rows);

  return rows.map((row, index) => ({
    key: row.key,
    label: row.label,
    opportunities: row.opportunities,
    ...people[index]!,
  }));
}

export function timePointsOf(rows: TimeRow[]): InsightTimePoint[] {
  const people = suppressBreakdown(rows);

  return rows.map((row, index) => ({
    periodStart: row.periodStart,
    opportunities: row.opportunities,
    ...people[index]!,
  }));
}
