import { Injectable, Logger } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import { BadUserInputError } from '../../common/errors/domain-error.js';
import { calendarDate, slugOf } from '../registrations/registrations-csv.js';
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
import {
  type ExportParameters,
  readExportParameters,
} from './insights-export-parameters.js';

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
    query: URLSearchParams,
  ): Promise<InsightsFile> {
    if (!isInsightTable(table)) {
      throw new BadUserInputError(
        `There is no insights table "${table.slice(0, 40)}"; use one of ${INSIGHT_TABLES.join(', ')}.`,
        'table',
      );
    }
    const parameters = readExportParameters(query);
    const insights = await this.access.open(viewer, {
      councilId,
      from: parameters.from,
      to: parameters.to,
    });
    const records = await this.recordsOf(table, insights, parameters);
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
    parameters: ExportParameters,
  ): Promise<string[][]> {
    switch (table) {
      case 'sdgs':
        return (await this.insights.bySdg(insights)).map(figureRecord);
      case 'skills':
        return (await this.insights.bySkill(insights)).map(figureRecord);
      case 'places':
        return (await this.insights.byPlace(insights)).map(figureRecord);
      case 'over-time': {
        const points = await this.insights.overTime(insights, parameters);

        return points.map(timePointRecord);
      }
      case 'density': {
        const cells = await this.insights.densityGrid(insights, parameters);

        return cells.map(gridCellRecord);
      }
      case 'skill-gaps': {
        const gaps = await this.insights.skillGaps(insights, parameters);

        return gaps.map(skillGapRecord);
      }
      case 'sdg-gaps': {
        const gaps = await this.insights.sdgGaps(insights, parameters);

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
