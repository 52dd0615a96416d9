import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * SQL for `sign_in_throttles`. Besides failed sign-ins, the table counts
 * requests for e-mails and sign-up attempts under keys with their own
 * prefix, such as `password-reset:ip:<address>` and `sign-up:ip:<address>`.
 * For those keys `last_failure_at` is the start of the counting window.
 */
@Injectable()
export class ThrottleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns the latest block among `keys` that has not ended yet. */
  async activeBlock(keys: string[]): Promise<Date | null> {
    const [row]: { until: Date | null }[] = await this.dataSource.query(
      `SELECT max(blocked_until) AS until FROM sign_in_throttles
        WHERE key = ANY($1) AND blocked_until > now()`,
      [keys],
    );

    return row?.until ?? null;
  }

  /**
   * Counts a failure for the key and returns the count, which starts again
   * at 1 when the previous failure is older than `windowSeconds`.
   */
  async countFailure(key: string, windowSeconds: number): Promise<number> {
    const [row]: { failures: number }[] = await this.dataSource.query(
      `INSERT INTO sign_in_throttles AS t (key, failures, last_failure_at)
       VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE
           WHEN t.last_failure_at > now() - make_interval(secs => $2)
           THEN t.failures + 1 ELSE 1 END,
         last_failure_at = now()
       RETURNING failures`,
      [key, windowSeconds],
    );

    return row!.failures;
  }

  async block(key: string, seconds: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE sign_in_throttles
          SET blocked_until = now() + make_interval(secs => $2)
        WHERE key = $1`,
      [key, seconds],
    );
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query(
      'DELETE FROM sign_in_throttles WHERE key = $1',
      [key],
    );
  }

  /**
   * Counts one request against a fixed window of `windowSeconds` and
   * returns null when it is within `limit`, else the window's end. A
   * rejected request does not count, so the window still ends on time.
   */
  async takeFromWindow(
    key: string,
    limit: number,
    windowSeconds: number,
  ): Promise<Date | null> {
    const counted: unknown[] = await this.dataSource.query(
      `INSERT INTO sign_in_throttles AS t (key, failures, last_failure_at)
       VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.last_failure_at > now() - make_interval(secs => $3)
                         THEN t.failures + 1 ELSE 1 END,
         last_failure_at = CASE WHEN t.last_failure_at > now() - make_interval(secs => $3)
                                THEN t.last_failure_at ELSE now() END
       WHERE t.last_failure_at <= now() - make_interval(secs => $3)
          OR t.failures < $2
       RETURNING key`,
      [key, limit, windowSeconds],
    );
    if (counted.length > 0) return null;
    const [row]: { ends: Date }[] = await this.dataSource.query(
      `SELECT last_failure_at + make_interval(secs => $2) AS ends
         FROM sign_in_throttles WHERE key = $1`,
      [key, windowSeconds],
    );

    return row?.ends ?? new Date(Date.now() + windowSeconds * 1000);
  }
}
