import { resolveWindow } from './insights-parameters.js';

const NOW = new Date('2025-03-31T12:00:00Z');

describe('resolveWindow', () => {
  it('defaults to the 12 months up to the end of today', () => {
    expect(resolveWindow(null, null, NOW)).toEqual({
      from: new Date('2024-04-01T00:00:00Z'),
      to: new Date('2025-04-01T00:00:00Z'),
    });
  });

  it('defaults from to a year before to', () => {
    const to = new Date('2024-01-01T00:00:00Z');

    expect(resolveWindow(undefined, to, NOW).from).toEqual(
      new Date('2023-01-01T00:00:00Z'),
    );
  });

  it('keeps whole UTC days', () => {
    const from = new Date('2025-01-01T00:00:00Z');
    const to = new Date('2025-02-01T00:00:00Z');

    expect(resolveWindow(from, to, NOW)).toEqual({ from, to });
  });

  it('widens a window to whole UTC days', () => {
    expect(
      resolveWindow(
        new Date('2025-01-10T13:45:12.345Z'),
        new Date('2025-01-10T13:45:12.346Z'),
        NOW,
      ),
    ).toEqual({
      from: new Date('2025-01-10T00:00:00Z'),
      to: new Date('2025-01-11T00:00:00Z'),
    });
  });

  it('rounds in UTC whatever the offset given', () => {
    // 23:30 on 9 January at UTC+10 is 13:30 on 9 January UTC.
    expect(
      resolveWindow(
        new Date('2025-01-09T23:30:00+10:00'),
        new Date('2025-01-10T00:30:00+10:00'),
        NOW,
      ),
    ).toEqual({
      from: new Date('2025-01-09T00:00:00Z'),
      to: new Date('2025-01-10T00:00:00Z'),
    });
  });

  it('rejects an empty window', () => {
    expect(() => resolveWindow(NOW, NOW, NOW)).toThrow(
      'from (2025-03-31T12:00:00.000Z) must be before to (2025-03-31T12:00:00.000Z).',
    );
  });

  it('rejects from after to within one day', () => {
    expect(() =>
      resolveWindow(
        new Date('2025-01-10T10:00:00Z'),
        new Date('2025-01-10T09:00:00Z'),
        NOW,
      ),
    ).toThrow('must be before to');
  });

  it('accepts 5 years and rejects more', () => {
    const to = new Date('2025-01-01T00:00:00Z');

    expect(() =>
      resolveWindow(new Date('2020-01-01T00:00:00Z'), to, NOW),
    ).not.toThrow();
    expect(() =>
      resolveWindow(new Date('2019-12-31T23:59:59Z'), to, NOW),
    ).toThrow(
      'The window from 2019-12-31T00:00:00.000Z to 2025-01-01T00:00:00.000Z (widened to whole UTC days) is longer than 5 years',
    );
  });

  it('rejects 5 years that widen past the limit', () => {
    expect(() =>
      resolveWindow(
        new Date('2020-01-01T12:00:00Z'),
        new Date('2025-01-01T12:00:00Z'),
        NOW,
      ),
    ).toThrow('is longer than 5 years');
  });

  it('rejects an invalid date', () => {
    expect(() => resolveWindow(new Date('soon'), null, NOW)).toThrow(
      'from is not a valid date-time',
    );
  });
});
