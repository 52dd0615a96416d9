import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';

import { SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { toLoggableError } from '../../common/logging/loggable-error.js';
import { InsightsExportService } from './insights-export.service.js';

/**
 * One table of a council's insights as CSV, for the same people who may
 * query `councilInsights`. Domain errors before the first byte become JSON
 * errors with the matching HTTP status.
 */
@SignedIn()
@Controller('api/councils')
export class InsightsExportController {
  private readonly logger = new Logger(InsightsExportController.name);

  constructor(private readonly exports: InsightsExportService) {}

  @Get(':councilId/insights/:table.csv')
  async exportCsv(
    @CurrentViewer() viewer: Viewer,
    @Param('councilId') councilId: string,
    @Param('table') table: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.exports.prepare(
      viewer,
      councilId,
      table,
      rawQueryOf(request),
    );
    response.status(200).set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      // Figures for council members only: keep them out of shared caches.
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    try {
      // The byte order mark makes spreadsheet programs read UTF-8.
      await pipeline(
        Readable.from(file.records),
        stringify({ bom: true, header: true, columns: file.header }),
        response,
      );
    } catch (error) {
      this.logger.error(
        `Failed to stream insights table ${table} of council ${councilId}: ${toLoggableError(error).message}`,
      );
    }
  }
}

/**
 * The query string as sent, not as Express parsed it: its parser turns
 * `from[]=…` or `from[a]=…` into arrays and objects, which would hide the
 * names the client actually used.
 */
function rawQueryOf(request: Request): URLSearchParams {
  const mark = request.originalUrl.indexOf('?');

  return new URLSearchParams(
    mark === -1 ? '' : request.originalUrl.slice(mark + 1),
  );
}
