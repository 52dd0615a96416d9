import { GraphQLRequestError } from './client';

/** Codes whose messages the API writes for people to read. */
const USER_FACING_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'RATE_LIMITED',
]);

export type ErrorDescription =
  | { kind: 'messages'; messages: string[] }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'server' }
  | { kind: 'network' };

/** Returns the wait in seconds that a RATE_LIMITED error requests, or null. */
export function retryAfterOf(error: unknown): number | null {
  if (!(error instanceof GraphQLRequestError)) return null;
  const entry = error.errors.find(
    (candidate) => candidate.extensions?.code === 'RATE_LIMITED',
  );
  const seconds = entry?.extensions?.retryAfterSeconds;

  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : null;
}

/**
 * Sorts a failed request into what the page may show. Only messages with a
 * user-facing `extensions.code` are shown verbatim, because others may carry
 * internal detail. A rate limit with a wait is described by the wait alone,
 * so that the page can word it in the reader's language with plurals.
 */
export function describeError(error: unknown): ErrorDescription {
  const retryAfterSeconds = retryAfterOf(error);
  if (retryAfterSeconds !== null) {
    return { kind: 'rate-limited', retryAfterSeconds };
  }
  if (error instanceof GraphQLRequestError) {
    const messages = error.errors
      .filter((entry) => USER_FACING_CODES.has(entry.extensions?.code ?? ''))
      .map((entry) => entry.message);

    return messages.length > 0
      ? { kind: 'messages', messages }
      : { kind: 'server' };
  }

  return { kind: 'network' };
}

/** True when the API reported that the requested record does not exist. */
export function isNotFound(error: unknown): boolean {
  return (
    error instanceof GraphQLRequestError &&
    error.errors.some((entry) => entry.extensions?.code === 'NOT_FOUND')
  );
}

/** True when the API reported that the viewer may not do what was requested. */
export function isForbidden(error: unknown): boolean {
  return (
    error instanceof GraphQLRequestError &&
    error.errors.some((entry) => entry.extensions?.code === 'FORBIDDEN')
  );
}

/** True when the API reported that the request needs a signed-in user. */
export function isUnauthenticated(error: unknown): boolean {
  return (
    error instanceof GraphQLRequestError &&
    error.errors.some((entry) => entry.extensions?.code === 'UNAUTHENTICATED')
  );
}

/**
 * Messages for form fields, keyed by the field name after `prefix` (such
 * as `input.` or `input.listing.`), plus messages that belong to no field.
 */
export interface FieldErrors {
  fields: Record<string, string>;
  general: string[];
}

/** Splits a failed mutation's errors into per-field and general messages. */
export function fieldErrorsOf(error: unknown, prefix = 'input.'): FieldErrors {
  const result: FieldErrors = { fields: {}, general: [] };
  if (!(error instanceof GraphQLRequestError)) return result;

  for (const entry of error.errors) {
    const problems = entry.extensions?.problems ?? [
      { field: entry.extensions?.field ?? '', message: entry.message },
    ];
    for (const problem of problems) {
      const path = problem.field.startsWith(prefix)
        ? problem.field.slice(prefix.length)
        : problem.field;
      if (path !== '' && result.fields[path] === undefined) {
        result.fields[path] = problem.message;
      } else if (path === '') {
        result.general.push(problem.message);
      }
    }
  }

  return result;
}

/** True when the API refused the request until the e-mail is verified. */
export function isEmailNotVerified(error: unknown): boolean {
  return (
    error instanceof GraphQLRequestError &&
    error.errors.some(
      (entry) => entry.extensions?.reason === 'EMAIL_NOT_VERIFIED',
    )
  );
}
