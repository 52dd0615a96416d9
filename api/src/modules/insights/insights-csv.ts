import type { SuppressedCount } from '../../common/privacy/suppressed-count.model.js';
import { neutraliseFormula } from '../registrations/registrations-csv.js';
import type {
  InsightFigure,
  InsightGridCell,
  InsightTimePoint,
  SdgGap,
  SkillGap,
} from './dto/insights.model.js';

/** The tables of `GET /api/councils/:councilId/insights/:table.csv`. */
export const INSIGHT_TABLES = [
  'sdgs',
  'skills',
  'places',
  'over-time',
  'density',
  'skill-gaps',
  'sdg-gaps',
] as const;

export type InsightTable = (typeof INSIGHT_TABLES)[number];

/** The cell text of a suppressed count of people (1 to 4). */
export const SUPPRESSED_CELL = '<5';

const PEOPLE_COLUMNS = ['registrations', 'attendances', 'badges_issued'];

/** The CSV header of each table, in column order. */
export const CSV_HEADERS: Record<InsightTable, string[]> = {
  sdgs: ['sdg', 'title', 'opportunities', ...PEOPLE_COLUMNS],
  skills: ['skill_id', 'skill', 'opportunities', ...PEOPLE_COLUMNS],
  places: ['place_id', 'place', 'opportunities', ...PEOPLE_COLUMNS],
  'over-time': ['period_start', 'opportunities', ...PEOPLE_COLUMNS],
  density: ['cell_id', 'opportunities', 'polygon_geojson'],
  'skill-gaps': ['skill_id', 'skill', 'need_count', 'openings', 'need_ids'],
  'sdg-gaps': ['sdg', 'title', 'opportunities'],
};

export function isInsightTable(value: string): value is InsightTable {
  return (INSIGHT_TABLES as readonly string[]).includes(value);
}

function countCell(count: SuppressedCount): string {
  return count.suppressed ? SUPPRESSED_CELL : String(count.value);
}

function peopleCells(row: InsightFigure | InsightTimePoint): string[] {
  return [row.registrations, row.attendances, row.badgesIssued].map(countCell);
}

/** Makes every cell safe to open in a spreadsheet program. */
function safeRecord(cells: string[]): string[] {
  return cells.map(neutraliseFormula);
}

export function figureRecord(figure: InsightFigure): string[] {
  return safeRecord([
    figure.key,
    figure.label,
    String(figure.opportunities),
    ...peopleCells(figure),
  ]);
}

export function timePointRecord(point: InsightTimePoint): string[] {
  return safeRecord([
    point.periodStart,
    String(point.opportunities),
    ...peopleCells(point),
  ]);
}

export function gridCellRecord(cell: InsightGridCell): string[] {
  return safeRecord([cell.id, String(cell.opportunities), cell.polygon]);
}

/** Lists the unmet needs' ids separated by spaces, in one cell. */
export function skillGapRecord(gap: SkillGap): string[] {
  return safeRecord([
    gap.skill.id,
    gap.skill.name,
    String(gap.needCount),
    String(gap.openings),
    gap.needIds.join(' '),
  ]);
}

export function sdgGapRecord(gap: SdgGap): string[] {
  return safeRecord([
    String(gap.sdg.number),
    gap.sdg.shortTitle,
    String(gap.opportunities),
  ]);
}
