import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** One fixed counting window of a rate limit. */
export interface ThrottleWindow {
  key: string;
  limit: number;
  seconds: number;
}

/** The full window that ends last, by its index in the windows passed. */
export interface FullWindow {
  index: number;
  ends: Date;
}

/**
 * SQL for rate limits with several windows (per hour and per day, say),
 * kept in `sign_in_throttles` with `last_failure_at` as the start of each
 * window, like the other request limits there.
 * `ThrottleRepository.takeFromWindow` counts one window per call, so a
 * request rejected by its second window would already count in the first.
 * This checks every window of a request before counting any.
 */
@Injectable()
export class WindowThrottlesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts one request in every window and returns null when none of them
   * is full. Otherwise counts nothing and returns the full window that ends
   * last. Requests with the same `lockKey` run one at a time.
   */
  takeFromWindows(
    lockKey: string,
    windows: readonly ThrottleWindow[],
  ): Promise<FullWindow | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        lockKey,
      ]);
      const full = await findFullWindow(manager, windows);
      if (full !== null) return full;
      for (const window of windows) await countRequest(manager, window);

      return null;
    });
  }
}

async function findFullWindow(
  manager: EntityManager,
  windows: readonly ThrottleWindow[],
): Promise<FullWindow | null> {
  const rows: { ordinality: string; ends: Date }[] = await manager.query(
    `SELECT w.ordinality,
            t.last_failure_at + make_interval(secs => w.seconds) AS ends
       FROM unnest($1::text[], $2::int[], $3::int[])
              WITH ORDINALITY AS w(key, max_count, seconds, ordinality)
       JOIN sign_in_throttles t ON t.key = w.key
      WHERE t.last_failure_at > now() - make_interval(secs => w.seconds)
        AND t.failures >= w.max_count
      ORDER BY ends DESC
      LIMIT 1`,
    [
      windows.map((window) => window.key),
      windows.map((window) => window.limit),
      windows.map((window) => window.seconds),
    ],
  );
  const [row] = rows;

  // WITH ORDINALITY counts from 1 and pg returns its bigint as a string.
  return row === undefined
    ? null
    : { index: Number(row.ordinality) - 1, ends: row.ends };
}

/** Adds one to the window's count, or starts a new window once it ended. */
async function countRequest(
  manager: EntityManager,
  window: ThrottleWindow,
): Promise<void> {
  await manager.query(
    `INSERT INTO sign_in_throttles AS t (key, failures, last_failure_at)
     VALUES ($1, 1, now())
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN t.last_failure_at > now() - make_interval(secs => $2)
                       THEN t.failures + 1 ELSE 1 END,
       last_failure_at = CASE WHEN t.last_failure_at > now() - make_interval(secs => $2)
                              THEN t.last_failure_at ELSE now() END`,
    [window.key, window.seconds],
  );
}
