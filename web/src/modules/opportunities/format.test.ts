import {
  formatDistance,
  formatMinorAmount,
  formatSessionRange,
  formatSessionTime,
} from './format';

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

// Intl puts thin and narrow no-break spaces around range dashes and times.
function plainSpaces(text: string): string {
  return text.replace(/\s/gu, ' ');
}

describe('formatSessionRange', () => {
  test('names a shared day once', () => {
    expect(
      plainSpaces(
        formatSessionRange(
          '2027-03-24T07:00:00.000Z',
          '2027-03-24T09:30:00.000Z',
          'Australia/Sydney',
          'en-AU',
        ),
      ),
    ).toBe('Wed, 24 Mar 2027, 6:00 – 8:30 pm AEDT');
  });

  test('spans days in the session zone', () => {
    expect(
      plainSpaces(
        formatSessionRange(
          '2027-03-24T12:00:00.000Z',
          '2027-03-25T02:00:00.000Z',
          'Australia/Sydney',
          'en-AU',
        ),
      ),
    ).toBe('Wed, 24 Mar 2027, 11:00 pm AEDT – Thu, 25 Mar 2027, 1:00 pm AEDT');
  });
});
