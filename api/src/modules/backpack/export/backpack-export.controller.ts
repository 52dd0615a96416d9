import { Controller, Get, Logger, Res } from '@nestjs/common';
import type { Response } from 'express';

import { SignedIn } from '../../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import { toLoggableError } from '../../../common/logging/loggable-error.js';
import { BackpackExportService } from './backpack-export.service.js';
import { ZipStream } from './zip-stream.js';

/** The signed-in learner's whole backpack as one download. */
@SignedIn()
@Controller('api/backpack')
export class BackpackExportController {
  private readonly logger = new Logger(BackpackExportController.name);

  constructor(private readonly exports: BackpackExportService) {}

  @Get('export.zip')
  async exportZip(
    @CurrentViewer() viewer: Viewer,
    @Res() response: Response,
  ): Promise<void> {
    const date = new Date().toISOString().slice(0, 10);
    response.status(200);
    response.setHeader('Content-Type', 'application/zip');
    // The name contains only safe characters, so it needs no encoding.
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="learnscape-backpack-${date}.zip"`,
    );
    response.setHeader('Cache-Control', 'private, no-store');
    try {
      await this.exports.write(viewer, new ZipStream(response));
      response.end();
    } catch (error) {
      // The headers are sent, so the client can only see a cut-off download.
      this.logger.error(
        `Backpack export of user ${viewer.userId} failed: ${toLoggableError(error).message}`,
      );
      response.destroy();
    }
  }
}
