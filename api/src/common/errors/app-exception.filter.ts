import {
  type ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';

import { toLoggableError } from '../logging/loggable-error.js';
import { DomainError, httpStatusOf, RateLimitedError } from './domain-error.js';
import { INTERNAL_ERROR_MESSAGE } from './format-graphql-error.js';

/**
 * Passes GraphQL errors on to `formatGraphqlError`, which maps and logs each
 * once. Domain errors on REST routes become a JSON error with the matching
 * HTTP status. Failed HTTP requests to `/graphql`, such as a body that is not JSON,
 * get a response in the GraphQL error format; other routes keep Nest's.
 */
@Catch()
export class AppExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('HTTP');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;

    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    if (exception instanceof DomainError) {
      const response = http.getResponse<Response>();
      if (exception instanceof RateLimitedError) {
        response.setHeader('Retry-After', String(exception.retryAfterSeconds));
      }
      response.status(httpStatusOf(exception.code)).json({
        errors: [
          {
            message: exception.message,
            extensions: { code: exception.code, ...exception.details },
          },
        ],
      });

      return undefined;
    }
    if (!request.path.startsWith('/graphql')) {
      return super.catch(exception, host);
    }
    const status =
      exception instanceof HttpException
        ? exception.getStatus()
        : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status >= 500) this.logger.error(toLoggableError(exception));
    http
      .getResponse<Response>()
      .status(status)
      .json({
        errors: [
          {
            message: messageFor(status),
            extensions: {
              code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST',
            },
          },
        ],
      });

    return undefined;
  }
}

function messageFor(status: number): string {
  switch (status) {
    case HttpStatus.BAD_REQUEST:
      return 'The request body is not a valid JSON object; send {"query": "...", "variables": {...}} with Content-Type: application/json.';
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return 'The request body is larger than 100 kB; send a shorter query or fewer variables.';
    default:
      return status >= 500
        ? INTERNAL_ERROR_MESSAGE
        : 'The request is malformed.';
  }
}
