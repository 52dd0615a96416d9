import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';

import {
  DomainError,
  httpStatusOf,
  RateLimitedError,
} from '../../../common/errors/domain-error.js';
import { toLoggableError } from '../../../common/logging/loggable-error.js';

/** Values of `imsx_codeMinorFieldValue` used by this API. */
export type ImsxCodeMinor =
  | 'invalid_data'
  | 'invalid_query_parameter'
  | 'unauthorizedrequest'
  | 'forbidden'
  | 'not_found'
  | 'server_busy'
  | 'internal_server_error';

/** An Open Badges API failure, sent as an `Imsx_StatusInfo` payload. */
export class ImsxError extends Error {
  constructor(
    readonly status: number,
    readonly codeMinor: ImsxCodeMinor,
    message: string,
    /** A `WWW-Authenticate` value for 401 and 403 (RFC 6750 section 3). */
    readonly authenticate?: string,
  ) {
    super(message);
    this.name = 'ImsxError';
  }
}

/** Builds the `Imsx_StatusInfo` body of a failed request. */
export function imsxStatusInfo(codeMinor: ImsxCodeMinor, description: string) {
  return {
    imsx_codeMajor: 'failure',
    imsx_severity: 'error',
    imsx_description: description,
    imsx_codeMinor: {
      imsx_codeMinorField: [
        {
          imsx_codeMinorFieldName: 'TargetEndSystem',
          imsx_codeMinorFieldValue: codeMinor,
        },
      ],
    },
  };
}

const MINOR_BY_STATUS: Record<number, ImsxCodeMinor> = {
  400: 'invalid_data',
  401: 'unauthorizedrequest',
  403: 'forbidden',
  404: 'not_found',
  429: 'server_busy',
};

/** Writes every failure of the resource endpoints as `Imsx_StatusInfo`. */
@Catch()
export class ImsxErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('OpenBadgesApi');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const error = this.toImsx(exception);
    if (error.authenticate !== undefined) {
      response.setHeader('WWW-Authenticate', error.authenticate);
    }
    if (exception instanceof RateLimitedError) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    response
      .status(error.status)
      .json(imsxStatusInfo(error.codeMinor, error.message));
  }

  private toImsx(exception: unknown): ImsxError {
    if (exception instanceof ImsxError) return exception;
    if (exception instanceof DomainError) {
      const status = httpStatusOf(exception.code);

      return new ImsxError(
        status,
        MINOR_BY_STATUS[status] ?? 'invalid_data',
        exception.message,
      );
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();

      return new ImsxError(
        status,
        MINOR_BY_STATUS[status] ?? 'invalid_data',
        'The request is malformed.',
      );
    }
    this.logger.error(toLoggableError(exception));

    return new ImsxError(
      500,
      'internal_server_error',
      'The server failed to handle the request.',
    );
  }
}
