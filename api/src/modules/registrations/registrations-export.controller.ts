import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { Controller, Get, Logger, Param, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';

import { SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { toLoggableError } from '../../common/logging/loggable-error.js';
import { CSV_COLUMNS } from './registrations-csv.js';
import { RegistrationsExportService } from './registrations-export.service.js';

/**
 * A session's registrations as CSV, for the same people who may query
 * `sessionRegistrations`. Domain errors before the first byte become JSON
 * errors with the matching HTTP status.
 */
@SignedIn()
@Controller('api/sessions')
export class RegistrationsExportController {
  private readonly logger = new Logger(RegistrationsExportController.name);

  constructor(private readonly exports: RegistrationsExportService) {}

  @Get(':sessionId/registrations.csv')
  async exportCsv(
    @CurrentViewer() viewer: Viewer,
    @Param('sessionId') sessionId: string,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.exports.prepare(viewer, sessionId);
    response.status(200).set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      // Names and e-mail addresses: keep them out of shared caches.
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    try {
      // The byte order mark makes spreadsheet programs read UTF-8, so
      // accented names show as written.
      await pipeline(
        Readable.from(file.records),
        stringify({ bom: true, header: true, columns: [...CSV_COLUMNS] }),
        response,
      );
    } catch (error) {
      this.logger.error(
        `Failed to stream the registrations of session ${sessionId}: ${toLoggableError(error).message}`,
      );
    }
  }
}
