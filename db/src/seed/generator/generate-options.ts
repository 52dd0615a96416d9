/** Progress reported after each batch. */
export interface GenerateProgress {
  /** Opportunities inserted so far. */
  inserted: number;
  total: number;
  /** Providers inserted so far. */
  providers: number;
  elapsedMs: number;
}

/** Options of `generateOpportunities`. */
export interface GenerateOptions {
  /** How many opportunities to insert. */
  count: number;
  /** Seed of the random numbers, an integer from 0 to 2^32 - 1. */
  seed: number;
  /** Sessions are planned in the four months after this instant. */
  now: Date;
  /** Opportunities per INSERT statement; 5,000 unless set. */
  batchSize?: number;
  onProgress?: (progress: GenerateProgress) => void;
}

export const DEFAULT_BATCH_SIZE = 5_000;

const MAX_SEED = 0xffff_ffff;

function isPositiveInteger(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0;
}

/** Checks the options and fills in defaults; throws on the first bad one. */
export function validateGenerateOptions(
  options: GenerateOptions,
): Required<Omit<GenerateOptions, 'onProgress'>> &
  Pick<GenerateOptions, 'onProgress'> {
  const { count, seed, now, onProgress } = options ?? {};
  const batchSize = options?.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!isPositiveInteger(count)) {
    throw new Error(`count must be a positive integer, not ${count}.`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new Error(
      `seed must be an integer from 0 to ${MAX_SEED}, not ${seed}.`,
    );
  }
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new Error(`now must be a valid Date, not ${now}.`);
  }
  if (!isPositiveInteger(batchSize)) {
    throw new Error(`batchSize must be a positive integer, not ${batchSize}.`);
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new Error('onProgress must be a function when given.');
  }

  return { count, seed, now, batchSize, onProgress };
}
