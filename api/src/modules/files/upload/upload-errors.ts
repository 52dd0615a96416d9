import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';

/**
 * An upload the API does not store, with the HTTP status to send: 400 for
 * a malformed request, 413 for a file over its limit and 415 for content
 * of a type the purpose does not accept. ErrorCode has no codes for the
 * last two, so these errors have their own filter.
 */
export class UploadRejectedError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: string,
    message: string,
    /** Extra `extensions` entries, such as the limit in bytes. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'UploadRejectedError';
  }
}

export function tooLarge(message: string, limitBytes: number) {
  return new UploadRejectedError(413, 'PAYLOAD_TOO_LARGE', message, {
    limitBytes,
  });
}

export function unsupportedType(message: string) {
  return new UploadRejectedError(415, 'UNSUPPORTED_MEDIA_TYPE', message);
}

export function badUpload(message: string) {
  return new UploadRejectedError(400, 'BAD_USER_INPUT', message, {
    field: 'file',
  });
}

/** Sends an UploadRejectedError in the API's JSON error format. */
@Catch(UploadRejectedError)
export class UploadRejectedFilter implements ExceptionFilter {
  catch(exception: UploadRejectedError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    response.status(exception.status).json({
      errors: [
        {
          message: exception.message,
          extensions: { code: exception.code, ...exception.details },
        },
      ],
    });
  }
}
