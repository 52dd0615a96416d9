import { QueryFailedError } from 'typeorm';

/**
 * Copies an error for the log without the values it carries. A failed query
 * keeps its SQL text, which holds only placeholders, but loses its bound
 * parameters, because those can include a learner's coordinates or words.
 */
export function toLoggableError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  if (!(error instanceof QueryFailedError)) return error;
  const driverError = error.driverError as { code?: unknown } | undefined;
  const copy = new Error(error.message);
  copy.name = 'QueryFailedError';
  copy.stack = error.stack;
  Object.assign(copy, { code: driverError?.code, query: error.query });

  return copy;
}
