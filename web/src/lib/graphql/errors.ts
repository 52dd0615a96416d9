import { GraphQLRequestError } from './client';

/** Codes whose messages the API writes for people to read. */
const USER_FACING_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);

export type ErrorDescription =
  | { kind: 'messages'; messages: string[] }
  | { kind: 'server' }
  | { kind: 'network' };

/**
 * Sorts a failed request into what the page may show. Only messages with a
 * user-facing `extensions.code` are shown verbatim, because others may carry
 * internal detail.
 */
export function describeError(error: unknown): ErrorDescription {
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
