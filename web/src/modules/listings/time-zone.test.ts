import {
  instantToWallTime,
  isTimeZone,
  timeZoneOptions,
  wallTimeToInstant,
} from './time-zone';

const SYDNEY = 'Australia/Sydney';

describe('wallTimeToInstant', () => {
  test.each([
    ['2027-01-15T18:00', SYDNEY, '2027-01-15T07:00:00.000Z'],
    ['2027-07-15T18:00', SYDNEY, '2027-07-15T08:00:00.000Z'],
    ['2027-07-15T18:00', 'Europe/London', '2027-07-15T17:00:00.000Z'],
    ['2027-01-15T18:00', 'America/New_York', '2027-01-15T23:00:00.000Z'],
    ['2027-01-15T18:00', 'Asia/Kolkata', '2027-01-15T12:30:00.000Z'],
    ['2027-01-15T18:00', 'UTC', '2027-01-15T18:00:00.000Z'],
  ])('%s in %s is %s', (wallTime, zone, expected) => {
    expect(wallTimeToInstant(wallTime, zone)).toEqual({
      iso: expected,
      fit: 'exact',
    });
  });

  test('crosses midnight into the previous UTC day', () => {
    expect(wallTimeToInstant('2027-03-01T09:00', SYDNEY)?.iso).toBe(
      '2027-02-28T22:00:00.000Z',
    );
  });

  describe('Sydney daylight saving ends on 4 April 2027', () => {
    test('before the change is daylight time', () => {
      expect(wallTimeToInstant('2027-04-04T01:30', SYDNEY)).toEqual({
        iso: '2027-04-03T14:30:00.000Z',
        fit: 'exact',
      });
    });

    test('repeated hour takes its first occurrence', () => {
      expect(wallTimeToInstant('2027-04-04T02:30', SYDNEY)).toEqual({
        iso: '2027-04-03T15:30:00.000Z',
        fit: 'repeated',
      });
    });

    test('after the change is standard time', () => {
      expect(wallTimeToInstant('2027-04-04T03:30', SYDNEY)).toEqual({
        iso: '2027-04-03T17:30:00.000Z',
        fit: 'exact',
      });
    });

    test('a session across the change lasts one hour more', () => {
      const starts = wallTimeToInstant('2027-04-04T00:00', SYDNEY)!;
      const ends = wallTimeToInstant('2027-04-04T06:00', SYDNEY)!;

      expect(Date.parse(ends.iso) - Date.parse(starts.iso)).toBe(7 * 3_600_000);
    });
  });

  describe('Sydney daylight saving starts on 3 October 2027', () => {
    test('before the change is standard time', () => {
      expect(wallTimeToInstant('2027-10-03T01:30', SYDNEY)).toEqual({
        iso: '2027-10-02T15:30:00.000Z',
        fit: 'exact',
      });
    });

    test('skipped hour moves forward', () => {
      const result = wallTimeToInstant('2027-10-03T02:30', SYDNEY);

      expect(result).toEqual({
        iso: '2027-10-02T16:30:00.000Z',
        fit: 'skipped',
      });
      expect(instantToWallTime(result!.iso, SYDNEY)).toBe('2027-10-03T03:30');
    });

    test('after the change is daylight time', () => {
      expect(wallTimeToInstant('2027-10-03T03:00', SYDNEY)).toEqual({
        iso: '2027-10-02T16:00:00.000Z',
        fit: 'exact',
      });
    });
  });

  test.each([
    ['', SYDNEY],
    ['2027-02-30T10:00', SYDNEY],
    ['2027-01-15 10:00', SYDNEY],
    ['2027-01-15T25:00', SYDNEY],
    ['2027-01-15T10:00', 'Mars/Olympus_Mons'],
    ['2027-01-15T10:00', ''],
  ])('rejects %j in %j', (wallTime, zone) => {
    expect(wallTimeToInstant(wallTime, zone)).toBeNull();
  });
});

describe('instantToWallTime', () => {
  test.each([
    ['2027-01-15T07:00:00.000Z', SYDNEY, '2027-01-15T18:00'],
    ['2027-04-03T15:30:00.000Z', SYDNEY, '2027-04-04T02:30'],
    ['2027-04-03T16:30:00.000Z', SYDNEY, '2027-04-04T02:30'],
    ['2027-07-15T17:00:00.000Z', 'Europe/London', '2027-07-15T18:00'],
  ])('%s in %s reads %s', (iso, zone, expected) => {
    expect(instantToWallTime(iso, zone)).toBe(expected);
  });

  test('round trip keeps the wall time', () => {
    const wallTime = '2027-11-20T09:15';
    const { iso } = wallTimeToInstant(wallTime, 'Pacific/Auckland')!;

    expect(instantToWallTime(iso, 'Pacific/Auckland')).toBe(wallTime);
  });

  test('invalid input reads empty', () => {
    expect(instantToWallTime('not a date', SYDNEY)).toBe('');
  });
});

describe('time zone names', () => {
  test('isTimeZone accepts IANA names only', () => {
    expect(isTimeZone(SYDNEY)).toBe(true);
    expect(isTimeZone('Sydney')).toBe(false);
  });

  test('options include extra zones once', () => {
    const options = timeZoneOptions([SYDNEY, 'UTC', 'Nowhere/Special']);

    expect(options.filter((zone) => zone === SYDNEY)).toHaveLength(1);
    expect(options).toContain('UTC');
    expect(options).not.toContain('Nowhere/Special');
  });
});
