import { Injectable, type NestMiddleware } from '@nestjs/common';
import {
  type NextFunction,
  raw,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';

import { ErrorCode } from '../../common/errors/domain-error.js';

/** Largest upload POST /api/verify reads: a badge image with its credential. */
export const MAX_VERIFY_BODY = '5mb';

/** Media types POST /api/verify accepts; the content decides the format. */
export const VERIFY_MEDIA_TYPES = [
  'application/json',
  'application/ld+json',
  'application/vc+ld+json',
  'application/vc',
  'text/plain',
  'application/jwt',
  'application/vc+jwt',
  'image/png',
  'image/svg+xml',
  'application/octet-stream',
];

function mediaTypeOf(request: Request): string | null {
  const header = request.headers['content-type'];
  if (header === undefined || header.trim() === '') return null;

  return header.split(';')[0]!.trim().toLowerCase();
}

function sendError(
  response: Response,
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  response.status(status).json({
    errors: [
      { message, extensions: { code: ErrorCode.BadUserInput, ...extra } },
    ],
  });
}

/**
 * Reads the body of POST /api/verify as raw bytes up to 5 MB, far above
 * the app-wide 100 kB JSON limit, because baked badge images are large.
 * `createApp` mounts `verifyBodyParser` before the app-wide JSON parser;
 * the module registers this class too, for apps built without it.
 */
@Injectable()
export class VerifyBodyMiddleware implements NestMiddleware {
  private readonly parse = raw({ type: () => true, limit: MAX_VERIFY_BODY });

  use(request: Request, response: Response, next: NextFunction): void {
    const mediaType = mediaTypeOf(request);
    if (mediaType !== null && !VERIFY_MEDIA_TYPES.includes(mediaType)) {
      sendError(
        response,
        415,
        `Content-Type ${mediaType} is not supported; send one of: ${VERIFY_MEDIA_TYPES.join(', ')}.`,
        { allowedTypes: VERIFY_MEDIA_TYPES },
      );

      return;
    }
    if (Buffer.isBuffer(request.body)) return next();
    if (
      request.body !== undefined &&
      typeof request.body === 'object' &&
      Object.keys(request.body as object).length > 0
    ) {
      // Another parser read the JSON already; verification wants the text.
      request.body = Buffer.from(JSON.stringify(request.body));

      return next();
    }
    this.parse(request, response, (error?: unknown) => {
      if (error === undefined || error === null) return next();
      const failure = error as { status?: number; type?: string };
      if (failure.type === 'entity.too.large') {
        sendError(
          response,
          413,
          'The upload is larger than 5 MB; badge images and credentials must be smaller.',
        );

        return;
      }
      sendError(
        response,
        failure.status ?? 400,
        'The request body could not be read; send the credential or badge image as the raw body.',
      );
    });
  }
}

const verifyBodyMiddleware = new VerifyBodyMiddleware();

/** Parses POST /api/verify bodies as plain Express middleware. */
export const verifyBodyParser: RequestHandler = (request, response, next) => {
  if (request.method !== 'POST') return next();
  verifyBodyMiddleware.use(request, response, next);
};
