import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';

import { RateLimitedError } from '../../../common/errors/domain-error.js';
import { toLoggableError } from '../../../common/logging/loggable-error.js';

/**
 * An error of the OAuth 2.0 endpoints, sent as `{ error, error_description }`
 * (RFC 6749 section 5.2, RFC 7591 section 3.2.2, RFC 7009 section 2.2.1).
 */
export class OAuthError extends Error {
  constructor(
    /** An error code from the RFC, such as `invalid_grant`. */
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
    this.name = 'OAuthError';
  }
}

/**
 * Keeps a description within the characters RFC 6749 allows in
 * `error_description`: printable ASCII without `"` and `\`.
 */
export function asciiDescription(text: string): string {
  return text.replace(/[^\x20-\x21\x23-\x5B\x5D-\x7E]/g, '?');
}

/** Writes OAuth errors, rate limits and malformed bodies in RFC 6749 form. */
@Catch()
export class OAuthErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('OAuth');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, error, description] = this.describe(exception);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Pragma', 'no-cache');
    if (status === 401) {
      response.setHeader('WWW-Authenticate', 'Basic realm="learnscape"');
    }
    response.status(status).json({
      error,
      error_description: asciiDescription(description),
    });
  }

  private describe(exception: unknown): [number, string, string] {
    if (exception instanceof OAuthError) {
      return [exception.status, exception.error, exception.description];
    }
    if (exception instanceof RateLimitedError) {
      return [429, 'rate_limited', exception.message];
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return [
        exception.getStatus(),
        'invalid_request',
        'The request is malformed.',
      ];
    }
    this.logger.error(toLoggableError(exception));

    return [500, 'server_error', 'The server failed to handle the request.'];
  }
}
