/** Failures of one key count together while each is this close to the last. */
export const FAILURE_WINDOW_SECONDS = 15 * 60;

/** Maximum block, so that an owner who is locked out can try again soon. */
export const MAX_BLOCK_SECONDS = 15 * 60;

/** Failures allowed within the window before sign-ins are blocked. */
export const FAILURE_LIMITS = { account: 5, ip: 20 } as const;

/**
 * Seconds to block a key after its `failures`-th failure in a row: none
 * below the limit, then 1 s at the limit, doubling with each further
 * failure up to 15 minutes.
 */
export function blockSeconds(failures: number, limit: number): number {
  if (failures < limit) return 0;
  const doublings = Math.min(failures - limit, 30);

  return Math.min(2 ** doublings, MAX_BLOCK_SECONDS);
}

/** Whole seconds from `now` until `until`, at least 1. */
export function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

/**
 * Words a wait for an error message: seconds below two minutes, else
 * minutes rounded up, with the unit in the singular for one.
 */
export function describeWait(seconds: number): string {
  if (seconds < 120) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);

  return `${minutes} minutes`;
}
