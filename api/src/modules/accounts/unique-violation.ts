/** PostgreSQL's SQLSTATE for a duplicate key in a unique index. */
const UNIQUE_VIOLATION = '23505';

/** Checks whether a failed query broke a unique index, such as `UQ_users_email`. */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: unknown } } | null)
    ?.driverError;

  return driverError?.code === UNIQUE_VIOLATION;
}
