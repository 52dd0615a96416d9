import { formatDistance, formatMinorAmount, formatSessionTime } from './format';

describe('formatDistance', () => {
  test.each([
    [0.37, '370 m'],
    [0.004, '0 m'],
    [3.24, '3.2 km'],
    [12.06, '12.1 km'],
    [150.4, '150 km'],
  ])('%d km reads %s', (km, expected) => {
    expect(formatDistance(km, 'en-AU')).toBe(expected);
  });
});

describe('formatMinorAmount', () => {
  test('reads cents for AUD', () => {
    expect(formatMinorAmount(2550, 'AUD', 'en-AU')).toBe('$25.50');
  });

  test('marks AUD outside Australia', () => {
    expect(formatMinorAmount(2550, 'AUD', 'en-US')).toBe('A$25.50');
  });

  test('JPY has no minor unit', () => {
    expect(formatMinorAmount(1200, 'JPY', 'en-AU')).toMatch(/^JPY\s1,200$/);
  });
});

describe('formatSessionTime', () => {
  test('uses the session time zone', () => {
    const start = '2026-12-12T23:00:00.000Z';

    expect(formatSessionTime(start, 'Australia/Sydney', 'en-AU')).toBe(
      'Sun, 13 Dec 2026, 10:00 am AEDT',
    );
    expect(formatSessionTime(start, 'Europe/London', 'en-GB')).toBe(
      'Sat, 12 Dec 2026, 23:00 GMT',
    );
  });
});
