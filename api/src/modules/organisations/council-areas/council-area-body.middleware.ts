import { Injectable, type NestMiddleware } from '@nestjs/common';
import {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
  text,
} from 'express';

import { ErrorCode } from '../../../common/errors/domain-error.js';

/**
 * Maximum area upload. The 200,000 positions the parser allows take about
 * 4.6 MB when written with six decimals, such as `[150.310000,-33.710000],`.
 */
export const MAX_AREA_BODY = '5mb';

export const AREA_MEDIA_TYPES = ['application/geo+json', 'application/json'];

/**
 * Reads the body of an area upload as text with its own size limit, far
 * above the 100 kB that the app allows elsewhere, because real council
 * boundaries run to megabytes.
 * `createApp` mounts `councilAreaBodyParser` before the app-wide JSON
 * parser; the module registers this class too, for apps built without it.
 */
@Injectable()
export class CouncilAreaBodyMiddleware implements NestMiddleware {
  private readonly parse = text({
    type: AREA_MEDIA_TYPES,
    limit: MAX_AREA_BODY,
  });

  use(request: Request, response: Response, next: NextFunction): void {
    // Reading megabytes costs memory and time, so a request without any
    // session cookie is turned away before its body is read. The access
    // guard still checks the session itself afterwards.
    if (!request.headers.cookie?.includes('learnscape_session=')) {
      response.status(401).json({
        errors: [
          {
            message: 'Sign in to do this.',
            extensions: { code: ErrorCode.Unauthenticated },
          },
        ],
      });

      return;
    }
    if (typeof request.body === 'string') {
      next();

      return;
    }
    if (request.body !== undefined) {
      request.body = JSON.stringify(request.body);
      next();

      return;
    }
    this.parse(request, response, (error?: unknown) => {
      if (error === undefined || error === null) {
        next();

        return;
      }
      const failure = error as { status?: number; type?: string };
      const tooLarge = failure.type === 'entity.too.large';
      response.status(tooLarge ? 413 : (failure.status ?? 400)).json({
        errors: [
          {
            message: tooLarge
              ? 'The area is larger than 5 MB; simplify it (for example with mapshaper or ST_Simplify) and upload it again.'
              : 'The request body could not be read; send the area as GeoJSON text.',
            extensions: { code: ErrorCode.BadUserInput },
          },
        ],
      });
    });
  }
}

const areaBodyMiddleware = new CouncilAreaBodyMiddleware();

/**
 * Parses area uploads as plain Express middleware, for mounting on
 * `/api/organisations/:id/area` before the app-wide JSON parser.
 */
export const councilAreaBodyParser: RequestHandler = (
  request,
  response,
  next,
) => {
  if (request.method !== 'PUT') {
    next();

    return;
  }
  areaBodyMiddleware.use(request, response, next);
};
