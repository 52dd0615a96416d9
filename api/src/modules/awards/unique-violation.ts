/** SQLSTATE unique_violation. */
const UNIQUE_VIOLATION = '23505';

/** Checks whether `error` is a unique violation of the named constraint. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  // TypeORM's QueryFailedError keeps the pg driver's error here.
  const driverError = (error as { driverError?: unknown }).driverError;
  const pgError = (driverError ?? error) as {
    code?: unknown;
    constraint?: unknown;
  };

  return pgError.code === UNIQUE_VIOLATION && pgError.constraint === constraint;
}
