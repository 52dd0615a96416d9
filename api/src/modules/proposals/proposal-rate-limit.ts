import { Injectable } from '@nestjs/common';

import { RateLimitedError } from '../../common/errors/domain-error.js';
import { describeWait, secondsUntil } from '../accounts/throttle/back-off.js';
import { WindowThrottlesRepository } from '../accounts/throttle/window-throttles.repository.js';

const HOUR_SECONDS = 60 * 60;
const DAY_SECONDS = 24 * HOUR_SECONDS;

interface Window {
  limit: number;
  seconds: number;
  /** Words for the window in the error message, such as "an hour". */
  per: string;
}

/** Requests each user may make per window, for each co-design action. */
export const PROPOSAL_RATE_LIMITS = {
  proposal: [
    { limit: 5, seconds: HOUR_SECONDS, per: 'an hour' },
    { limit: 20, seconds: DAY_SECONDS, per: 'a day' },
  ],
  comment: [{ limit: 30, seconds: HOUR_SECONDS, per: 'an hour' }],
  support: [{ limit: 60, seconds: HOUR_SECONDS, per: 'an hour' }],
  report: [{ limit: 20, seconds: HOUR_SECONDS, per: 'an hour' }],
} satisfies Record<string, Window[]>;

export type ProposalAction = keyof typeof PROPOSAL_RATE_LIMITS;

const ACTION_WORDS: Record<ProposalAction, string> = {
  proposal: 'proposals',
  comment: 'comments',
  support: 'supports',
  report: 'reports',
};

/**
 * Limits how often one user can propose, comment, support and report, in
 * fixed windows kept in `sign_in_throttles` under `codesign:` keys.
 */
@Injectable()
export class ProposalRateLimit {
  constructor(private readonly throttles: WindowThrottlesRepository) {}

  /**
   * Counts one request in every window of the action, or raises
   * RATE_LIMITED saying when to try again. A rejected request counts in
   * none of the windows.
   */
  async take(userId: string, action: ProposalAction): Promise<void> {
    const windows: readonly Window[] = PROPOSAL_RATE_LIMITS[action];
    const full = await this.throttles.takeFromWindows(
      `codesign:${action}:${userId}`,
      windows.map((window) => ({
        key: `codesign:${action}:${window.seconds}:${userId}`,
        limit: window.limit,
        seconds: window.seconds,
      })),
    );
    if (full === null) return;
    const window = windows[full.index]!;
    const retryAfterSeconds = secondsUntil(full.ends, new Date());

    throw new RateLimitedError(
      `Too many ${ACTION_WORDS[action]}; each person may make ${window.limit} ${window.per}. Try again in ${describeWait(retryAfterSeconds)}.`,
      retryAfterSeconds,
    );
  }
}
