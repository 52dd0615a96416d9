import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import { BadUserInputError } from '../../common/errors/domain-error.js';

/**
 * Maximum time an insights statement may run, in milliseconds. Each figure of
 * a council area takes well under a second on a large area (see
 * docs/benchmarks.md); a statement still running after 5 s is a request
 * far outside what the page asks for, and stopping it keeps a database
 * connection free for everyone else.
 */
export const INSIGHTS_STATEMENT_TIMEOUT_MS = 5000;

const logger = new Logger('InsightsQuery');

/** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
const QUERY_CANCELED = '57014';

export interface TimedQuery {
  sql: string;
  parameters: unknown[];
  /** The argument to change when the statement times out. */
  field: string;
  /** What to ask for instead, such as "a larger cellKm". */
  advice: string;
  timeoutMs?: number;
}

/**
 * Runs one read in its own transaction with a statement timeout, so that
 * the limit ends with the transaction and never leaks into the pooled
 * connection. A timeout becomes BAD_USER_INPUT naming `field`. PGlite
 * accepts the setting but has no timer to enforce it.
 */
export async function queryWithTimeout<Row>(
  dataSource: DataSource,
  query: TimedQuery,
): Promise<Row[]> {
  const timeoutMs = query.timeoutMs ?? INSIGHTS_STATEMENT_TIMEOUT_MS;
  try {
    return await dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('statement_timeout', $1, true)`, [
        `${timeoutMs}ms`,
      ]);

      return (await manager.query(query.sql, query.parameters)) as Row[];
    });
  } catch (error) {
    if (sqlStateOf(error) !== QUERY_CANCELED) throw error;
    logger.warn(
      `Insights statement timed out after ${timeoutMs} ms (argument ${query.field}, parameters ${JSON.stringify(query.parameters).slice(0, 200)})`,
    );
    throw new BadUserInputError(
      `Computing these insights timed out after ${timeoutMs / 1000} s; ask for ${query.advice}.`,
      query.field,
    );
  }
}

function sqlStateOf(error: unknown): string | undefined {
  // TypeORM's QueryFailedError keeps the pg driver's error here.
  const driverError = (error as { driverError?: { code?: unknown } })
    .driverError;
  const code = driverError?.code ?? (error as { code?: unknown }).code;

  return typeof code === 'string' ? code : undefined;
}
