/** Failure codes a client can act on; each becomes `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
}

/** An error caused by the request, with a message safe to show to the user. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra `extensions` entries, such as the input field at fault. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * Invalid input. `field` names the input path at fault, such as
 * `input.email`, so that a form can show the message next to it.
 */
export class BadUserInputError extends DomainError {
  constructor(message: string, field?: string) {
    super(
      ErrorCode.BadUserInput,
      message,
      field === undefined ? {} : { field },
    );
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.NotFound, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to do this.') {
    super(ErrorCode.Unauthenticated, message);
  }
}

/**
 * The signed-in user may not do this. `reason` names the step that would
 * help, such as `EMAIL_NOT_VERIFIED`, and is sent as `extensions.reason`.
 */
export class ForbiddenError extends DomainError {
  constructor(
    message = 'You do not have permission to do this.',
    reason?: ForbiddenReason,
  ) {
    super(ErrorCode.Forbidden, message, reason === undefined ? {} : { reason });
  }
}

/** Refusals that the user can resolve, sent as `extensions.reason`. */
export enum ForbiddenReason {
  EmailNotVerified = 'EMAIL_NOT_VERIFIED',
  OrganisationNotVerified = 'ORGANISATION_NOT_VERIFIED',
}

/** The request conflicts with the current state, such as a taken e-mail. */
export class ConflictError extends DomainError {
  constructor(message: string, field?: string) {
    super(ErrorCode.Conflict, message, field === undefined ? {} : { field });
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(ErrorCode.RateLimited, message, { retryAfterSeconds });
  }
}

/** Maps a domain error code to its HTTP status on a REST route. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.BadUserInput:
      return 400;
    case ErrorCode.Unauthenticated:
      return 401;
    case ErrorCode.Forbidden:
      return 403;
    case ErrorCode.NotFound:
      return 404;
    case ErrorCode.Conflict:
      return 409;
    case ErrorCode.RateLimited:
      return 429;
  }
}
