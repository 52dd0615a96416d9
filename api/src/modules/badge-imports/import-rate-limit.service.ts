import { Inject, Injectable } from '@nestjs/common';

import { RateLimitedError } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { describeWait, secondsUntil } from '../accounts/throttle/back-off.js';
import { WindowThrottlesRepository } from '../accounts/throttle/window-throttles.repository.js';

const HOUR_SECONDS = 60 * 60;
const DAY_SECONDS = 24 * HOUR_SECONDS;

/**
 * Limits how many badges one learner can import or re-verify, through
 * GraphQL, the upload route and the Open Badges API together. Each one
 * may fetch remote documents and check signatures, so the work one
 * account can queue is bounded. Counts live in `sign_in_throttles` under
 * `badge-import:` keys, in an hourly and a daily fixed window; the
 * multi-window counter of the co-design limits checks both windows before
 * counting in either, so a rejected request counts in neither.
 */
@Injectable()
export class ImportRateLimit {
  constructor(
    private readonly throttles: WindowThrottlesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one import for the learner, or raises RATE_LIMITED. */
  async take(userId: string): Promise<void> {
    const windows = [
      {
        limit: this.config.importRateLimitPerHour,
        seconds: HOUR_SECONDS,
        per: 'an hour',
      },
      {
        limit: this.config.importRateLimitPerDay,
        seconds: DAY_SECONDS,
        per: 'a day',
      },
    ];
    const full = await this.throttles.takeFromWindows(
      `badge-import:${userId}`,
      windows.map((window) => ({
        key: `badge-import:${window.seconds}:${userId}`,
        limit: window.limit,
        seconds: window.seconds,
      })),
    );
    if (full === null) return;
    const window = windows[full.index]!;
    const retryAfterSeconds = secondsUntil(full.ends, new Date());

    throw new RateLimitedError(
      `Too many badge imports; each learner may import or re-verify ${window.limit} badges ${window.per}. Try again in ${describeWait(retryAfterSeconds)}.`,
      retryAfterSeconds,
    );
  }
}
