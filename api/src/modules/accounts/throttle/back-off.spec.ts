import {
  blockSeconds,
  describeWait,
  MAX_BLOCK_SECONDS,
  secondsUntil,
} from './back-off.js';

describe('blockSeconds', () => {
  it('does not block below the limit', () => {
    expect(blockSeconds(4, 5)).toBe(0);
  });

  it('blocks 1 s at the limit and doubles', () => {
    expect(blockSeconds(5, 5)).toBe(1);
    expect(blockSeconds(6, 5)).toBe(2);
    expect(blockSeconds(7, 5)).toBe(4);
    expect(blockSeconds(24, 20)).toBe(16);
  });

  it('stops at 15 minutes', () => {
    expect(blockSeconds(14, 5)).toBe(512);
    expect(blockSeconds(15, 5)).toBe(MAX_BLOCK_SECONDS);
    expect(blockSeconds(10_000, 5)).toBe(MAX_BLOCK_SECONDS);
  });
});

describe('secondsUntil', () => {
  it('rounds up and is at least 1', () => {
    const now = new Date('2026-01-01T00:00:00.000Z');
    expect(secondsUntil(new Date('2026-01-01T00:00:01.200Z'), now)).toBe(2);
    expect(secondsUntil(now, now)).toBe(1);
  });
});

describe('describeWait', () => {
  it.each([
    [1, '1 second'],
    [2, '2 seconds'],
    [119, '119 seconds'],
    [120, '2 minutes'],
    [121, '3 minutes'],
    [3600, '60 minutes'],
  ])('words %i s as "%s"', (seconds, words) => {
    expect(describeWait(seconds)).toBe(words);
  });
});
