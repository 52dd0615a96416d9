import { Inject, Injectable } from '@nestjs/common';

import { RateLimitedError } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { describeWait, secondsUntil } from '../accounts/throttle/back-off.js';
import { ThrottleRepository } from '../accounts/throttle/throttle.repository.js';

const MINUTE_SECONDS = 60;

/**
 * Limits credential verifications per client IP address, shared by the
 * verifyCredential mutation and POST /api/verify. A verification
 * canonicalises JSON-LD and checks signatures, so an anonymous client must
 * not be able to queue many.
 * Counters live in PostgreSQL, so every process shares them.
 * NOTE: People behind one shared address, such as a school network, share
 * the allowance.
 */
@Injectable()
export class VerifyRateLimit {
  constructor(
    private readonly throttles: ThrottleRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one verification from `ip`, or rejects it with RATE_LIMITED. */
  async take(ip: string): Promise<void> {
    const limit = this.config.verifyRateLimitPerMinute;
    const windowEnd = await this.throttles.takeFromWindow(
      verifyKey(ip),
      limit,
      MINUTE_SECONDS,
    );
    if (windowEnd === null) return;
    const retryAfterSeconds = secondsUntil(windowEnd, new Date());

    throw new RateLimitedError(
      `Too many verifications from this network; at most ${limit} a minute are allowed. Try again in ${describeWait(retryAfterSeconds)}.`,
      retryAfterSeconds,
    );
  }
}

/** Builds the `sign_in_throttles` key that counts verifications from `ip`. */
export function verifyKey(ip: string): string {
  return `verify:ip:${ip}`;
}
