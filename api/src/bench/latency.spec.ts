import { percentile, summarise } from './latency.js';

describe('percentile', () => {
  const values = Array.from({ length: 100 }, (_, index) => index + 1);

  it('takes the nearest rank', () => {
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile(values, 1)).toBe(100);
  });

  it('handles one value', () => {
    expect(percentile([7], 0.99)).toBe(7);
  });
});

describe('summarise', () => {
  it('derives throughput from elapsed time', () => {
    const summary = summarise([3, 1, 2, 4], 8, 40);
    expect(summary.medianMs).toBe(2);
    expect(summary.requestsPerSecond).toBe(500);
    expect(summary.results).toBe(40);
  });
});
