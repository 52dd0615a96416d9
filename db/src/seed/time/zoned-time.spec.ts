import {
  addDays,
  dayOfWeek,
  localDateTimeAt,
  utcOffsetMs,
  zonedTimeToUtc,
} from './zoned-time.js';

const HOUR_MS = 3_600_000;

describe('zonedTimeToUtc', () => {
  it.each([
    // Sydney is UTC+11 in January (daylight time) and UTC+10 in July.
    ['Australia/Sydney', [2026, 1, 15, 10, 0], '2026-01-14T23:00:00.000Z'],
    ['Australia/Sydney', [2026, 7, 15, 10, 0], '2026-07-15T00:00:00.000Z'],
    ['Europe/London', [2026, 1, 15, 10, 0], '2026-01-15T10:00:00.000Z'],
    ['Europe/London', [2026, 7, 15, 10, 0], '2026-07-15T09:00:00.000Z'],
    ['Pacific/Auckland', [2026, 1, 15, 18, 30], '2026-01-15T05:30:00.000Z'],
    ['Australia/Perth', [2026, 3, 2, 9, 0], '2026-03-02T01:00:00.000Z'],
    ['Etc/GMT-10', [2026, 3, 2, 9, 0], '2026-03-01T23:00:00.000Z'],
  ] as const)('converts %s %j', (timeZone, parts, expected) => {
    const [year, month, day, hour, minute] = parts;
    const instant = zonedTimeToUtc(
      { year, month, day, hour, minute },
      timeZone,
    );

    expect(instant.toISOString()).toBe(expected);
  });

  it('moves a time skipped by daylight saving forward', () => {
    // Sydney clocks jump from 02:00 to 03:00 on 4 October 2026.
    const local = { year: 2026, month: 10, day: 4, hour: 2, minute: 30 };
    const instant = zonedTimeToUtc(local, 'Australia/Sydney');

    expect(instant.toISOString()).toBe('2026-10-03T16:30:00.000Z');
    expect(localDateTimeAt(instant, 'Australia/Sydney').hour).toBe(3);
  });

  it('resolves a repeated time to the earlier instant', () => {
    // London clocks go back from 02:00 to 01:00 on 25 October 2026.
    const local = { year: 2026, month: 10, day: 25, hour: 1, minute: 30 };
    const instant = zonedTimeToUtc(local, 'Europe/London');

    expect(instant.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips through localDateTimeAt', () => {
    const local = { year: 2026, month: 4, day: 5, hour: 16, minute: 45 };
    const instant = zonedTimeToUtc(local, 'Australia/Sydney');

    expect(localDateTimeAt(instant, 'Australia/Sydney')).toEqual({
      ...local,
      second: 0,
    });
  });

  it('rejects an unknown time zone', () => {
    const local = { year: 2026, month: 1, day: 1, hour: 0, minute: 0 };

    expect(() => zonedTimeToUtc(local, 'Mars/Olympus_Mons')).toThrow(
      RangeError,
    );
  });
});

describe('utcOffsetMs', () => {
  it('reads the daylight-saving offset of Sydney', () => {
    const january = new Date('2026-01-15T00:00:00Z');
    const july = new Date('2026-07-15T00:00:00Z');

    expect(utcOffsetMs(january, 'Australia/Sydney')).toBe(11 * HOUR_MS);
    expect(utcOffsetMs(july, 'Australia/Sydney')).toBe(10 * HOUR_MS);
  });
});

describe('calendar helpers', () => {
  it('adds days across a month and a year', () => {
    expect(addDays({ year: 2026, month: 12, day: 30 }, 3)).toEqual({
      year: 2027,
      month: 1,
      day: 2,
    });
  });

  it('counts 29 February in a leap year', () => {
    expect(addDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({
      year: 2028,
      month: 2,
      day: 29,
    });
  });

  it('finds the day of the week', () => {
    expect(dayOfWeek({ year: 2026, month: 3, day: 14 })).toBe(6);
  });
});
