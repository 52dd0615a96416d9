import type { GraphQLFormattedError } from 'graphql';

import { DomainError } from './domain-error.js';

/** Codes that Apollo Server sets for requests it rejects before execution. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COSTLY',
]);

export const INTERNAL_ERROR_MESSAGE =
  'Internal server error. The request was not completed; try again later.';

/**
 * Maps every error to a client-safe shape: domain errors keep their message
 * and code, Apollo's own request errors pass through, and anything else
 * becomes a generic internal error so that no SQL or stack trace leaks.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onInternalError: (error: unknown) => void,
): GraphQLFormattedError {
  const original = originalErrorOf(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...original.details },
    };
  }

  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code },
    };
  }

  onInternalError(original ?? error);

  return {
    message: INTERNAL_ERROR_MESSAGE,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function originalErrorOf(error: unknown): unknown {
  let current = error;
  while (
    current instanceof Error &&
    'originalError' in current &&
    current.originalError instanceof Error
  ) {
    current = current.originalError;
  }

  return current;
}
