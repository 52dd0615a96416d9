import { Injectable, Logger } from '@nestjs/common';

import { RateLimitedError } from '../../../common/errors/domain-error.js';
import {
  blockSeconds,
  describeWait,
  FAILURE_LIMITS,
  FAILURE_WINDOW_SECONDS,
  secondsUntil,
} from './back-off.js';
import { ThrottleRepository } from './throttle.repository.js';

/** The throttle keys of one sign-in attempt. */
export interface SignInAttempt {
  email: string;
  ip: string;
}

/**
 * Slows password guessing: after 5 failures for an account, or 20 from one
 * IP address, each within 15 minutes of the last, sign-ins with that key
 * are blocked for 1 s, doubling with each further failure up to 15 minutes.
 * A blocked attempt is rejected before the password is checked.
 */
@Injectable()
export class SignInThrottle {
  private readonly logger = new Logger(SignInThrottle.name);

  constructor(private readonly throttles: ThrottleRepository) {}

  /** Rejects the attempt with RATE_LIMITED while either key is blocked. */
  async checkNotBlocked(attempt: SignInAttempt): Promise<void> {
    const until = await this.throttles.activeBlock(keysOf(attempt));
    if (until === null) return;
    const retryAfterSeconds = secondsUntil(until, new Date());
    this.logger.warn(
      `Rejected a sign-in attempt while blocked for ${retryAfterSeconds} s`,
    );
    this.logger.debug(`Blocked sign-in attempt from ${attempt.ip}`);

    throw new RateLimitedError(
      `Too many failed sign-in attempts. Try again in ${describeWait(retryAfterSeconds)}.`,
      retryAfterSeconds,
    );
  }

  /** Counts a failed attempt against both keys and blocks them as needed. */
  async recordFailure(attempt: SignInAttempt): Promise<void> {
    await this.countAndBlock(accountKey(attempt.email), FAILURE_LIMITS.account);
    await this.countAndBlock(ipKey(attempt.ip), FAILURE_LIMITS.ip);
  }

  /** Forgets the account's failures, but the IP address keeps its count. */
  async recordSuccess(email: string): Promise<void> {
    await this.throttles.clear(accountKey(email));
  }

  private async countAndBlock(key: string, limit: number): Promise<void> {
    const failures = await this.throttles.countFailure(
      key,
      FAILURE_WINDOW_SECONDS,
    );
    const seconds = blockSeconds(failures, limit);
    if (seconds === 0) return;
    await this.throttles.block(key, seconds);
    this.logger.warn(
      `Blocked sign-ins by ${key.startsWith('ip:') ? 'IP address' : 'account'} for ${seconds} s after ${failures} failures`,
    );
  }
}

function accountKey(email: string): string {
  return `account:${email}`;
}

function ipKey(ip: string): string {
  return `ip:${ip}`;
}

function keysOf(attempt: SignInAttempt): string[] {
  return [accountKey(attempt.email), ipKey(attempt.ip)];
}
