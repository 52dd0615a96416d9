import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { Response } from 'express';

/**
 * Sends 415 in the API's JSON error format. ErrorCode has no code for an
 * unsupported media type, so the global filter would fall back to Nest's
 * own body.
 */
@Catch(UnsupportedMediaTypeException)
export class UnsupportedMediaTypeFilter implements ExceptionFilter {
  catch(exception: UnsupportedMediaTypeException, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(415)
      .json({
        errors: [
          {
            message: exception.message,
            extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
          },
        ],
      });
  }
}
