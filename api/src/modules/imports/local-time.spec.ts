import { parseLocalDateTime, zonedInstant } from './local-time.js';

function instantOf(text: string, zone: string): string {
  const local = parseLocalDateTime(text);
  if (typeof local === 'string') throw new Error(local);
  const result = zonedInstant(local, zone);
  if (result.kind !== 'instant') throw new Error(`${text} is skipped`);

  return result.instant.toISOString();
}

describe('parseLocalDateTime', () => {
  it('reads minutes and seconds', () => {
    expect(parseLocalDateTime('2026-03-14T10:00')).toEqual({
      year: 2026,
      month: 3,
      day: 14,
      hour: 10,
      minute: 0,
      second: 0,
    });
    expect(parseLocalDateTime('2026-03-14 10:00:30')).toMatchObject({
      second: 30,
    });
  });

  it('rejects an offset', () => {
    expect(parseLocalDateTime('2026-03-14T10:00+11:00')).toMatch(
      /has a UTC offset/,
    );
    expect(parseLocalDateTime('2026-03-14T10:00Z')).toMatch(/has a UTC offset/);
  });

  it('rejects dates the calendar lacks', () => {
    expect(parseLocalDateTime('2026-02-30T10:00')).toMatch(/not a date/);
    expect(parseLocalDateTime('2026-13-01T10:00')).toMatch(/not a date/);
    expect(parseLocalDateTime('2026-03-14T24:00')).toMatch(/not a time/);
  });

  it('rejects other formats', () => {
    expect(parseLocalDateTime('14/03/2026 10:00')).toMatch(/ISO 8601/);
    expect(parseLocalDateTime('2026-03-14')).toMatch(/ISO 8601/);
  });
});

describe('zonedInstant', () => {
  it('applies daylight and standard time', () => {
    expect(instantOf('2026-03-14T10:00', 'Australia/Sydney')).toBe(
      '2026-03-13T23:00:00.000Z',
    );
    expect(instantOf('2026-07-14T10:00', 'Australia/Sydney')).toBe(
      '2026-07-14T00:00:00.000Z',
    );
    expect(instantOf('2026-07-01T18:00', 'Europe/London')).toBe(
      '2026-07-01T17:00:00.000Z',
    );
  });

  it('finds no instant in a skipped hour', () => {
    // Sydney's clocks go from 02:00 to 03:00 on 4 October 2026.
    const local = parseLocalDateTime('2026-10-04T02:30');
    expect(zonedInstant(local as never, 'Australia/Sydney')).toEqual({
      kind: 'skipped',
      skippedMinutes: 60,
    });
    expect(instantOf('2026-10-04T03:00', 'Australia/Sydney')).toBe(
      '2026-10-03T16:00:00.000Z',
    );
  });

  it('picks the earlier of a repeated time', () => {
    // Sydney's clocks go from 03:00 back to 02:00 on 5 April 2026.
    expect(instantOf('2026-04-05T02:30', 'Australia/Sydney')).toBe(
      '2026-04-04T15:30:00.000Z',
    );
  });
});
