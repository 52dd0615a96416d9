import { Injectable, Logger } from '@nestjs/common';

import { RateLimitedError } from '../../../common/errors/domain-error.js';
import {
  describeWait,
  secondsUntil,
} from '../../accounts/throttle/back-off.js';
import { ThrottleRepository } from '../../accounts/throttle/throttle.repository.js';

/**
 * Requests per IP address and window. Registration is rare, so the hourly
 * limit leaves room for a developer's retries. The token endpoint serves
 * every refresh of every learner of a client behind one address, so it
 * allows far more.
 */
export const OAUTH_LIMITS = {
  register: { limit: 20, windowSeconds: 60 * 60 },
  token: { limit: 120, windowSeconds: 60 },
} as const;

/** Limits client registration and token requests per IP address. */
@Injectable()
export class OAuthRateLimit {
  private readonly logger = new Logger(OAuthRateLimit.name);

  constructor(private readonly throttles: ThrottleRepository) {}

  /** Counts one request from `ip`, or rejects it with RATE_LIMITED. */
  async take(endpoint: keyof typeof OAUTH_LIMITS, ip: string): Promise<void> {
    const { limit, windowSeconds } = OAUTH_LIMITS[endpoint];
    const windowEnd = await this.throttles.takeFromWindow(
      `oauth-${endpoint}:ip:${ip}`,
      limit,
      windowSeconds,
    );
    if (windowEnd === null) return;
    const retryAfterSeconds = secondsUntil(windowEnd, new Date());
    this.logger.warn(`Rejected an OAuth ${endpoint} request over the limit`);

    throw new RateLimitedError(
      `Too many ${endpoint} requests from this network; at most ${limit} per ${windowSeconds} s are allowed. Try again in ${describeWait(retryAfterSeconds)}.`,
      retryAfterSeconds,
    );
  }
}
