import {
  DEFAULT_BATCH_SIZE,
  type GenerateOptions,
  validateGenerateOptions,
} from './generate-options.js';

const VALID: GenerateOptions = {
  count: 10,
  seed: 1,
  now: new Date('2026-02-01T00:00:00Z'),
};

describe('validateGenerateOptions', () => {
  it('fills in the batch size', () => {
    expect(validateGenerateOptions(VALID).batchSize).toBe(DEFAULT_BATCH_SIZE);
  });

  it.each([0, -5, 1.5, Number.NaN, '10'])('rejects count %p', (count) => {
    expect(() =>
      validateGenerateOptions({ ...VALID, count: count as number }),
    ).toThrow(`count must be a positive integer, not ${count}.`);
  });

  it.each([-1, 2 ** 32, 0.5])('rejects seed %p', (seed) => {
    expect(() => validateGenerateOptions({ ...VALID, seed })).toThrow(
      `seed must be an integer from 0 to 4294967295, not ${seed}.`,
    );
  });

  it('rejects an invalid date', () => {
    expect(() =>
      validateGenerateOptions({ ...VALID, now: new Date('not a date') }),
    ).toThrow('now must be a valid Date, not Invalid Date.');
  });

  it('rejects a batch size of zero', () => {
    expect(() => validateGenerateOptions({ ...VALID, batchSize: 0 })).toThrow(
      'batchSize must be a positive integer, not 0.',
    );
  });
});
