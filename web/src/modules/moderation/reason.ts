/** Length limits of a rejection reason, in characters after trimming. */
export const REASON_LIMITS = { min: 5, max: 1000 } as const;

export interface ReasonProblem {
  key: string;
  values: Record<string, number>;
}

/** Returns what is wrong with a rejection reason, or null when it is valid. */
export function checkReason(reason: string): ReasonProblem | null {
  const length = reason.trim().length;
  if (length === 0) {
    return { key: 'moderation.reasonMissing', values: REASON_LIMITS };
  }
  if (length < REASON_LIMITS.min) {
    return {
      key: 'moderation.reasonTooShort',
      values: { ...REASON_LIMITS, length },
    };
  }
  if (length > REASON_LIMITS.max) {
    return {
      key: 'moderation.reasonTooLong',
      values: { ...REASON_LIMITS, length },
    };
  }

  return null;
}
