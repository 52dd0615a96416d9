import { Inject, Injectable, Logger } from '@nestjs/common';

import { toLoggableError } from '../../../common/logging/loggable-error.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { FeedRepository } from './feed.repository.js';

/** Minimum time between two purges, in milliseconds. */
export const PURGE_INTERVAL_MS = 60_000;

/**
 * Deletes feed tombstones older than the retention setting. RPDE requires a
 * deleted item to stay in the feed for at least 7 days, so that consumers
 * polling weekly still remove it. Feed requests call `purgeIfDue`, which
 * runs the DELETE at most once a minute per process.
 */
@Injectable()
export class TombstonePurger {
  private readonly logger = new Logger(TombstonePurger.name);
  private lastRunAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly repository: FeedRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Purges when the last purge is more than a minute old. A failure is
   * logged and does not fail the feed request, which is correct without it.
   */
  async purgeIfDue(now = Date.now()): Promise<void> {
    if (now - this.lastRunAt < PURGE_INTERVAL_MS) return;
    this.lastRunAt = now;
    try {
      await this.purge();
    } catch (error) {
      this.logger.error(
        `Failed to purge feed tombstones: ${toLoggableError(error).message}`,
      );
    }
  }

  /** Deletes expired tombstones now and returns how many it deleted. */
  async purge(): Promise<number> {
    const days = this.config.openDataTombstoneDays;
    const deleted = await this.repository.deleteTombstonesOlderThan(days);
    if (deleted > 0) {
      this.logger.log(
        `Purged ${deleted} feed tombstones deleted more than ${days} days ago`,
      );
    } else {
      this.logger.debug(`No feed tombstones older than ${days} days`);
    }

    return deleted;
  }
}
