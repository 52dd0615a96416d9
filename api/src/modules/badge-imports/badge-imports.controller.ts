import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import {
  CurrentViewer,
  OptionalViewer,
} from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { FILE_CONTENT_SECURITY_POLICY } from '../files/files.controller.js';
import {
  UploadRejectedError,
  UploadRejectedFilter,
} from '../files/upload/upload-errors.js';
import type { ImportBadgeResult } from './dto/badge-import.inputs.js';
import { ImportedBadgesService } from './imported-badges.service.js';
import { MAX_IMPORT_BYTES } from './input/read-import.js';

/** The import as JSON, with enum values spelled as in GraphQL. */
type UploadedImport = Omit<ImportBadgeResult, 'badge'> & {
  badge: Omit<
    ImportBadgeResult['badge'],
    'source' | 'specVersion' | 'status'
  > & {
    source: string;
    specVersion: string | null;
    status: string;
  };
};

const ALLOWED =
  'upload one baked badge image (PNG or SVG, at most 5 MiB) as multipart/form-data in the field "file"';

/**
 * `POST /api/imported-badges` imports a baked badge file;
 * `GET /api/imported-badges/:id/image` serves an import's image.
 */
@Controller('api/imported-badges')
@UseFilters(UploadRejectedFilter)
export class BadgeImportsController {
  constructor(private readonly imports: ImportedBadgesService) {}

  @SignedIn()
  @Post()
  @HttpCode(201)
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UploadedImport> {
    const bytes = await receiveFile(request, response);
    const result = await this.imports.importFile(viewer, bytes);
    const { badge } = result;

    // Enum values are sent by their GraphQL names, as the API returns them.
    return {
      ...result,
      badge: {
        ...badge,
        source: badge.source.toUpperCase(),
        specVersion: badge.specVersion?.toUpperCase() ?? null,
        status: badge.status.toUpperCase(),
      },
    };
  }

  @Public()
  @Get(':id/image')
  async image(
    @OptionalViewer() viewer: Viewer | null,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const image = await this.imports.image(viewer, id);
    response.status(200);
    response.setHeader('Content-Type', image.contentType);
    response.setHeader('Content-Length', String(image.data.length));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', FILE_CONTENT_SECURITY_POLICY);
    // The learner can stop sharing at any time, so nothing caches it.
    response.setHeader('Cache-Control', 'private, no-store');
    response.end(image.data);
  }
}

/** Reads one file of at most 5 MiB from the multipart field `file`, in memory. */
async function receiveFile(
  request: Request,
  response: Response,
): Promise<Buffer> {
  if (
    !/^multipart\/form-data\s*;/i.test(request.headers['content-type'] ?? '')
  ) {
    throw rejected(415, `The request is not multipart/form-data; ${ALLOWED}.`);
  }
  const middleware = multer({
    storage: multer.memoryStorage(),
    limits: { files: 1, fields: 0, parts: 1, fileSize: MAX_IMPORT_BYTES },
  }).single('file');
  await new Promise<void>((resolve, reject) =>
    middleware(request, response, (error?: unknown) =>
      error === undefined || error === null
        ? resolve()
        : reject(toRejection(error)),
    ),
  );
  const file = request.file;
  if (file === undefined)
    throw rejected(400, `The request has no file; ${ALLOWED}.`);

  return file.buffer;
}

function toRejection(error: unknown): unknown {
  if (error instanceof MulterError) {
    return error.code === 'LIMIT_FILE_SIZE'
      ? rejected(413, `The file is larger than 5 MiB; ${ALLOWED}.`)
      : rejected(400, `The upload was rejected (${error.code}); ${ALLOWED}.`);
  }
  if (
    error instanceof Error &&
    /^(Unexpected end of form|Malformed part header|Multipart: Boundary not found)/.test(
      error.message,
    )
  ) {
    return rejected(
      400,
      `The multipart/form-data body is malformed; ${ALLOWED}.`,
    );
  }

  return error;
}

function rejected(
  status: 400 | 413 | 415,
  message: string,
): UploadRejectedError {
  return new UploadRejectedError(status, 'BAD_USER_INPUT', message, {
    field: 'file',
  });
}
