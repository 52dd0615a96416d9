/**
 * Runs one SQL statement with `$n` parameters and returns its rows.
 *
 * TypeORM's `dataSource.query(sql, params)` and `queryRunner.query(sql,
 * params)` fit this type, and so does {@link createPgExecutor}. Every seed
 * writes with single statements, so a pooled executor is safe to pass.
 */
export type SqlExecutor = (
  sql: string,
  params?: unknown[],
) => Promise<Record<string, unknown>[]>;

/** The part of `pg`'s `Client`, `PoolClient` and `Pool` that the seeds use. */
export interface PgQueryable {
  query(
    sql: string,
    params?: unknown[],
  ): Promise<{ rows: Record<string, unknown>[] }>;
}

/** Wraps a `pg` client or pool as a {@link SqlExecutor}. */
export function createPgExecutor(client: PgQueryable): SqlExecutor {
  return async (sql, params) => (await client.query(sql, params)).rows;
}
