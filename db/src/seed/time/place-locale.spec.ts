import { placeLocale } from './place-locale.js';

describe('placeLocale', () => {
  it('uses the state time zone in Australia', () => {
    expect(placeLocale('AU', '08', 115.86)).toEqual({
      timeZone: 'Australia/Perth',
      currency: 'AUD',
    });
    expect(placeLocale('AU', '02', 150.31).timeZone).toBe('Australia/Sydney');
  });

  it('uses the country time zone and currency', () => {
    expect(placeLocale('GB', 'ENG', -2.24)).toEqual({
      timeZone: 'Europe/London',
      currency: 'GBP',
    });
    expect(placeLocale('IE', 'L', -6.26).currency).toBe('EUR');
  });

  it('falls back to a fixed offset and no currency', () => {
    expect(placeLocale('US', 'NM', -106.65)).toEqual({
      timeZone: 'Etc/GMT+7',
      currency: null,
    });
    expect(placeLocale('JP', '40', 139.69).timeZone).toBe('Etc/GMT-9');
    expect(placeLocale('GH', '01', -0.2).timeZone).toBe('Etc/GMT');
  });
});
