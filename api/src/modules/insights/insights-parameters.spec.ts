import { resolveWindow } from './insights-parameters.js';

const NOW = new Date('2025-03-31T12:00:00Z');

describe('resolveWindow', () => {
  it('defaults to the 12 months before now', () => {
    expect(resolveWindow(null, null, NOW)).toEqual({
      from: new Date('2024-03-31T12:00:00Z'),
      to: NOW,
    });
  });

  it('defaults from to a year before to', () => {
    const to = new Date('2024-01-01T00:00:00Z');

    expect(resolveWindow(undefined, to, NOW).from).toEqual(
      new Date('2023-01-01T00:00:00Z'),
    );
  });

  it('rejects an empty window', () => {
    expect(() => resolveWindow(NOW, NOW, NOW)).toThrow(
      'from (2025-03-31T12:00:00.000Z) must be before to (2025-03-31T12:00:00.000Z).',
    );
  });

  it('accepts 5 years and rejects more', () => {
    const to = new Date('2025-01-01T00:00:00Z');

    expect(() =>
      resolveWindow(new Date('2020-01-01T00:00:00Z'), to, NOW),
    ).not.toThrow();
    expect(() =>
      resolveWindow(new Date('2019-12-31T23:59:59Z'), to, NOW),
    ).toThrow('is longer than 5 years');
  });

  it('rejects an invalid date', () => {
    expect(() => resolveWindow(new Date('soon'), null, NOW)).toThrow(
      'from is not a valid date-time',
    );
  });
});
