import type { EntityManager } from 'typeorm';

/** SQLSTATE check_violation, which the capacity trigger raises. */
const CHECK_VIOLATION = '23514';
/** SQLSTATE unique_violation. */
const UNIQUE_VIOLATION = '23505';

interface PostgresError {
  code?: unknown;
  constraint?: unknown;
}

function postgresErrorOf(error: unknown): PostgresError {
  if (typeof error !== 'object' || error === null) return {};
  // TypeORM's QueryFailedError keeps the pg driver's error here.
  const driverError = (error as { driverError?: unknown }).driverError;

  return (driverError ?? error) as PostgresError;
}

/** Checks whether the capacity trigger raised the error (session full). */
export function isSessionFull(error: unknown): boolean {
  const { code, constraint } = postgresErrorOf(error);

  return (
    code === CHECK_VIOLATION && constraint === 'CHK_registrations_capacity'
  );
}

/** Checks whether the learner already has an active registration there. */
export function isDuplicateRegistration(error: unknown): boolean {
  const { code, constraint } = postgresErrorOf(error);

  return code === UNIQUE_VIOLATION && constraint === 'UQ_registrations_active';
}

/**
 * Runs `work` inside a savepoint of the current transaction. An error that
 * `expected` accepts rolls back to the savepoint, so the transaction can go
 * on, and the result is `undefined`. Any other error is raised unchanged.
 */
export async function trySavepoint<T>(
  manager: EntityManager,
  work: () => Promise<T>,
  expected: (error: unknown) => boolean,
): Promise<T | undefined> {
  await manager.query('SAVEPOINT registration_attempt');
  try {
    const result = await work();
    await manager.query('RELEASE SAVEPOINT registration_attempt');

    return result;
  } catch (error) {
    if (!expected(error)) throw error;
    await manager.query('ROLLBACK TO SAVEPOINT registration_attempt');

    return undefined;
  }
}
