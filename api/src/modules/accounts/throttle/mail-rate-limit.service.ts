import { Injectable } from '@nestjs/common';

import { RateLimitedError } from '../../../common/errors/domain-error.js';
import { describeWait, secondsUntil } from './back-off.js';
import { ThrottleRepository } from './throttle.repository.js';

const HOUR_SECONDS = 60 * 60;

/** Requests per hour for each kind of e-mail a person can ask for. */
export const MAIL_LIMITS = {
  passwordResetPerAddress: 5,
  passwordResetPerIp: 20,
  verificationPerAccount: 5,
} as const;

/**
 * Limits how often a person can make Learnscape send e-mail, so that the
 * forms cannot be used to flood a mailbox. Counts are kept per address
 * whether or not an account has it, so the limit reveals nothing.
 */
@Injectable()
export class MailRateLimit {
  constructor(private readonly throttles: ThrottleRepository) {}

  async takePasswordReset(email: string, ip: string): Promise<void> {
    await this.take(`password-reset:ip:${ip}`, MAIL_LIMITS.passwordResetPerIp);
    await this.take(
      `password-reset:account:${email}`,
      MAIL_LIMITS.passwordResetPerAddress,
    );
  }

  async takeVerification(userId: string): Promise<void> {
    await this.take(
      `verify-email:user:${userId}`,
      MAIL_LIMITS.verificationPerAccount,
    );
  }

  private async take(key: string, limit: number): Promise<void> {
    const windowEnd = await this.throttles.takeFromWindow(
      key,
      limit,
      HOUR_SECONDS,
    );
    if (windowEnd === null) return;
    const retryAfterSeconds = secondsUntil(windowEnd, new Date());

    throw new RateLimitedError(
      `Too many e-mails requested; at most ${limit} an hour are sent. Try again in ${describeWait(retryAfterSeconds)}.`,
      retryAfterSeconds,
    );
  }
}
