import { Injectable, Logger } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import { BadUserInputError } from '../../common/errors/domain-error.js';
import { calendarDate, slugOf } from '../registrations/registrations-csv.js';
import { GridShape, InsightPeriod } from './dto/insights.args.js';
import type { CouncilInsights } from './dto/insights.model.js';
import { InsightsService } from './insights.service.js';
import { InsightsAccess } from './insights-access.service.js';
import {
  CSV_HEADERS,
  figureRecord,
  gridCellRecord,
  INSIGHT_TABLES,
  type InsightTable,
  isInsightTable,
  sdgGapRecord,
  skillGapRecord,
  timePointRecord,
} from './insights-csv.js';

/** Query parameters as Express parses them: strings, or arrays if repeated. */
export type ExportQuery = Record<string, unknown>;

export interface InsightsFile {
  fileName: string;
  header: string[];
  /** CSV records without the header, each cell already neutralised. */
  records: string[][];
}

/**
 * Builds one table of a council's insights as CSV, with the permissions,
 * defaults and suppression of the `councilInsights` query.
 */
@Injectable()
export class InsightsExportService {
  private readonly logger = new Logger(InsightsExportService.name);

  constructor(
    private readonly access: InsightsAccess,
    private readonly insights: InsightsService,
  ) {}

  async prepare(
    viewer: Viewer,
    councilId: string,
    table: string,
    query: ExportQuery,
  ): Promise<InsightsFile> {
    if (!isInsightTable(table)) {
      throw new BadUserInputError(
        `There is no insights table "${table.slice(0, 40)}"; use one of ${INSIGHT_TABLES.join(', ')}.`,
        'table',
      );
    }
    const insights = await this.access.open(viewer, {
      councilId,
      from: dateParameter(query, 'from'),
      to: dateParameter(query, 'to'),
    });
    const records = await this.recordsOf(table, insights, query);
    this.logger.log(
      `User ${viewer.userId} exported insights table ${table} of council ${councilId}`,
    );

    return {
      fileName: fileNameOf(insights, table),
      header: CSV_HEADERS[table],
      records,
    };
  }

  private async recordsOf(
    table: InsightTable,
    insights: CouncilInsights,
    query: ExportQuery,
  ): Promise<string[][]> {
    switch (table) {
      case 'sdgs':
        return (await this.insights.bySdg(insights)).map(figureRecord);
      case 'skills':
        return (await this.insights.bySkill(insights)).map(figureRecord);
      case 'places':
        return (await this.insights.byPlace(insights)).map(figureRecord);
      case 'over-time': {
        const period = enumParameter(query, 'period', InsightPeriod);
        const points = await this.insights.overTime(insights, { period });

        return points.map(timePointRecord);
      }
      case 'density': {
        const cells = await this.insights.densityGrid(insights, {
          cellKm: numberParameter(query, 'cellKm'),
          shape: enumParameter(query, 'shape', GridShape),
        });

        return cells.map(gridCellRecord);
      }
      case 'skill-gaps': {
        const gapDistanceKm = numberParameter(query, 'gapDistanceKm');
        const gaps = await this.insights.skillGaps(insights, { gapDistanceKm });

        return gaps.map(skillGapRecord);
      }
      case 'sdg-gaps': {
        const fewThreshold = numberParameter(query, 'fewThreshold');
        const gaps = await this.insights.sdgGaps(insights, { fewThreshold });

        return gaps.map(sdgGapRecord);
      }
    }
  }
}

/** Names the file `insights-<council>-<table>-<from>-to-<to>.csv` (UTC dates). */
function fileNameOf(insights: CouncilInsights, table: InsightTable): string {
  const council = slugOf(insights.council.name) || insights.council.id;
  const from = calendarDate(insights.from, 'UTC');
  const to = calendarDate(insights.to, 'UTC');

  return `insights-${council}-${table}-${from}-to-${to}.csv`;
}

/** Returns a parameter given once, or null when it is absent or empty. */
function textParameter(query: ExportQuery, name: string): string | null {
  const value = query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') {
    throw new BadUserInputError(`Give ${name} once, as a single value.`, name);
  }

  return value;
}

function dateParameter(query: ExportQuery, name: string): Date | null {
  const text = textParameter(query, name);
  if (text === null) return null;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) {
    throw new BadUserInputError(
      `${name} "${text.slice(0, 40)}" is not a date-time; use ISO 8601, such as 2025-01-01T00:00:00Z.`,
      name,
    );
  }

  return date;
}

function numberParameter(query: ExportQuery, name: string): number | null {
  const text = textParameter(query, name);
  if (text === null) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) {
    throw new BadUserInputError(
      `${name} "${text.slice(0, 40)}" is not a number.`,
      name,
    );
  }

  return value;
}

/** Reads an enum by its GraphQL name (`WEEK`) or value (`week`). */
function enumParameter<Value extends string>(
  query: ExportQuery,
  name: string,
  values: Record<string, Value>,
): Value | null {
  const text = textParameter(query, name);
  if (text === null) return null;
  const found = Object.values(values).find(
    (value) => value === text.toLowerCase(),
  );
  if (found === undefined) {
    throw new BadUserInputError(
      `${name} "${text.slice(0, 40)}" is not allowed; use one of ${Object.keys(values).join(', ')}.`,
      name,
    );
  }

  return found;
}
