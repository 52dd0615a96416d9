import { pipeline } from 'node:stream/promises';

import {
  Controller,
  Get,
  HttpCode,
  Logger,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import {
  CurrentViewer,
  OptionalViewer,
} from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { toLoggableError } from '../../common/logging/loggable-error.js';
import type { UploadedFileBody } from './dto/stored-file.dto.js';
import { inlineDisposition } from './file-name.js';
import { FilesService } from './files.service.js';
import { StoredFilePurpose } from './stored-file.entity.js';
import { UploadRejectedFilter } from './upload/upload-errors.js';

/**
 * A stored file may be active content (SVG), so it runs in a sandbox with
 * nothing to load but its own inline styles.
 */
export const FILE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/**
 * `POST /api/organisations/:organisationId/files?purpose=...` with one file
 * in the multipart field `file`, and `GET /api/files/:id`.
 */
@Controller()
@UseFilters(UploadRejectedFilter)
export class FilesController {
  private readonly logger = new Logger(FilesController.name);

  constructor(private readonly files: FilesService) {}

  @SignedIn()
  @Post('api/organisations/:organisationId/files')
  @HttpCode(201)
  upload(
    @CurrentViewer() viewer: Viewer,
    @Param('organisationId') organisationId: string,
    @Query('purpose') purpose: unknown,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UploadedFileBody> {
    return this.files.upload(
      viewer,
      organisationId,
      purpose,
      request,
      response,
    );
  }

  @Public()
  @Get('api/files/:id')
  async download(
    @OptionalViewer() viewer: Viewer | null,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { file, stream } = await this.files.open(viewer, id);
    response.status(200);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Length', String(file.byteSize));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', FILE_CONTENT_SECURITY_POLICY);
    response.setHeader(
      'Content-Disposition',
      inlineDisposition(file.originalName),
    );
    // Bytes under an id never change; evidence stays out of shared caches.
    response.setHeader(
      'Cache-Control',
      file.purpose === StoredFilePurpose.ACHIEVEMENT_IMAGE
        ? 'public, max-age=31536000, immutable'
        : 'private, no-store',
    );
    try {
      await pipeline(stream, response);
    } catch (error) {
      this.logger.error(
        `Sending file ${file.id} failed: ${toLoggableError(error).message}`,
      );
    }
  }
}
