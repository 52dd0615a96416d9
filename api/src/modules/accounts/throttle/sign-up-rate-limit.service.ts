import { Injectable, Logger } from '@nestjs/common';

import { RateLimitedError } from '../../../common/errors/domain-error.js';
import { describeWait, secondsUntil } from './back-off.js';
import { ThrottleRepository } from './throttle.repository.js';

const HOUR_SECONDS = 60 * 60;

/**
 * Maximum sign-up attempts per hour from one IP address: room for a class
 * of 30 signing up together behind a school's one address, far too few to
 * test a list of addresses.
 */
export const SIGN_UP_LIMIT_PER_IP = 40;

/**
 * Limits sign-up attempts per IP address. Sign-up returns CONFLICT for an
 * address that has an account, so without a limit anyone could check many
 * addresses quickly. Only attempts that pass the input checks count, so
 * someone correcting a weak password does not use up the allowance.
 * NOTE: People behind one shared address, such as a school network, share
 * the allowance, and an IPv6 client can switch addresses within its prefix.
 */
@Injectable()
export class SignUpRateLimit {
  private readonly logger = new Logger(SignUpRateLimit.name);

  constructor(private readonly throttles: ThrottleRepository) {}

  /** Counts one attempt from `ip`, or rejects it with RATE_LIMITED. */
  async take(ip: string): Promise<void> {
    const windowEnd = await this.throttles.takeFromWindow(
      signUpKey(ip),
      SIGN_UP_LIMIT_PER_IP,
      HOUR_SECONDS,
    );
    if (windowEnd === null) return;
    const retryAfterSeconds = secondsUntil(windowEnd, new Date());
    this.logger.warn(
      `Rejected a sign-up attempt over the limit of ${SIGN_UP_LIMIT_PER_IP} an hour`,
    );
    this.logger.debug(`Rejected sign-up attempt from ${ip}`);

    throw new RateLimitedError(
      `Too many sign-up attempts from this network; at most ${SIGN_UP_LIMIT_PER_IP} an hour are allowed. Try again in ${describeWait(retryAfterSeconds)}.`,
      retryAfterSeconds,
    );
  }
}

/** Builds the `sign_in_throttles` key that counts sign-ups from `ip`. */
export function signUpKey(ip: string): string {
  return `sign-up:ip:${ip}`;
}
