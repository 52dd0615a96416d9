import {
  parseCoordinate,
  parseCost,
  parseCurrency,
  parseKind,
  parsePlace,
  parseSdgs,
  parseSkills,
} from './cell-parsers.js';

describe('parseCost', () => {
  it.each([
    ['12.50', 'AUD', 1250],
    ['12.5', 'AUD', 1250],
    ['12', 'GBP', 1200],
    ['1500', 'JPY', 1500],
    ['1.234', 'BHD', 1234],
    ['7.10', 'JPY', null],
    ['12.505', 'AUD', null],
    ['0.00', 'AUD', null],
    ['12,50', 'AUD', null],
    ['-3', 'AUD', null],
  ])('reads %s %s', (text, currency, minor) => {
    const result = parseCost(text, currency);
    expect(result.ok ? result.value : null).toBe(minor);
  });

  it('keeps zero decimals that a currency lacks', () => {
    expect(parseCost('1500.00', 'JPY')).toEqual({ ok: true, value: 1500 });
  });
});

describe('parseCurrency', () => {
  it('upper-cases a known code', () => {
    expect(parseCurrency('aud')).toEqual({ ok: true, value: 'AUD' });
  });

  it('rejects an unknown code', () => {
    expect(parseCurrency('XYZ').ok).toBe(false);
    expect(parseCurrency('dollars').ok).toBe(false);
  });
});

describe('parseCoordinate', () => {
  it('reads decimal degrees', () => {
    expect(parseCoordinate('latitude', '-33.71', '150.31')).toEqual({
      ok: true,
      value: -33.71,
    });
  });

  it('hints at swapped coordinates', () => {
    expect(parseCoordinate('latitude', '151.2', '-33.8')).toEqual({
      ok: false,
      message:
        'latitude 151.2 is out of range (-90 to 90); latitude and longitude may be swapped.',
    });
  });

  it('gives no hint when swapping would not help', () => {
    const result = parseCoordinate('latitude', '151.2', '160');
    expect(result.ok ? '' : result.message).not.toMatch(/swapped/);
  });

  it('rejects text and commas', () => {
    expect(parseCoordinate('longitude', '150,31', null).ok).toBe(false);
    expect(parseCoordinate('longitude', 'east', null).ok).toBe(false);
  });
});

describe('parseKind', () => {
  it('forgives case and hyphens', () => {
    expect(parseKind('Work-Experience')).toEqual({
      ok: true,
      value: 'work_experience',
    });
  });

  it('lists the allowed values', () => {
    const result = parseKind('party');
    expect(result.ok ? '' : result.message).toMatch(/use one of workshop,/);
  });
});

describe('parsePlace', () => {
  it('reads a trailing country code', () => {
    expect(parsePlace('Katoomba, AU')).toEqual({
      text: 'Katoomba, AU',
      searchName: 'katoomba',
      countryCode: 'AU',
    });
  });

  it('keeps a name with a comma that is no country', () => {
    expect(parsePlace('Ōtautahi, Canterbury')).toEqual({
      text: 'Ōtautahi, Canterbury',
      searchName: 'otautahi, canterbury',
      countryCode: null,
    });
  });
});

describe('parseSdgs', () => {
  it('reads numbers with either separator, without repeats', () => {
    expect(parseSdgs('4; 8,SDG 13, 4')).toEqual({
      values: [4, 8, 13],
      problems: [],
    });
  });

  it('reports items that are not numbers', () => {
    expect(parseSdgs('4;education').problems).toEqual([
      expect.stringMatching(/"education" is not an SDG number/),
    ]);
  });
});

describe('parseSkills', () => {
  const lookup = new Map([
    ['collaboration', 'collaboration'],
    ['ict literacy', 'ict-literacy'],
    ['ict-literacy', 'ict-literacy'],
  ]);

  it('reads names and ids in any case', () => {
    expect(
      parseSkills('ICT Literacy;Collaboration;ict-literacy', lookup, []),
    ).toEqual({ values: ['ict-literacy', 'collaboration'], problems: [] });
  });

  it('reports unknown skills', () => {
    expect(parseSkills('juggling', lookup, ['Collaboration']).problems).toEqual(
      [expect.stringMatching(/"juggling" is not a known skill/)],
    );
  });
});
