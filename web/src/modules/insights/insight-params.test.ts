import {
  dateRangeVariables,
  defaultDateRange,
  insightCsvUrl,
  readInsightParams,
  toSearchParams,
} from './insight-params';

const TODAY = new Date('2026-06-15T10:00:00Z');

describe('readInsightParams', () => {
  test('empty query takes the defaults', () => {
    expect(readInsightParams(new URLSearchParams(), TODAY)).toEqual({
      from: '2025-06-16',
      to: '2026-06-15',
      period: 'MONTH',
      cellKm: 2,
      shape: 'HEXAGON',
      gapDistanceKm: 10,
      fewThreshold: 3,
    });
  });

  test('unreadable values take the defaults', () => {
    const params = readInsightParams(
      new URLSearchParams(
        'from=2026-02-30&to=soon&period=DAY&cellKm=big&shape=CIRCLE',
      ),
      TODAY,
    );

    expect(params.from).toBe('2025-06-16');
    expect(params.to).toBe('2026-06-15');
    expect(params.period).toBe('MONTH');
    expect(params.cellKm).toBe(2);
    expect(params.shape).toBe('HEXAGON');
  });

  test('out-of-range numbers are kept for the API', () => {
    const params = readInsightParams(
      new URLSearchParams('cellKm=80&fewThreshold=-1'),
      TODAY,
    );

    expect(params.cellKm).toBe(80);
    expect(params.fewThreshold).toBe(-1);
  });

  test('written settings read back the same', () => {
    const params = readInsightParams(
      new URLSearchParams(
        'from=2026-01-01&to=2026-03-31&period=WEEK&cellKm=0.5&shape=SQUARE&gapDistanceKm=25&fewThreshold=0',
      ),
      TODAY,
    );

    expect(readInsightParams(toSearchParams(params), TODAY)).toEqual(params);
  });
});

describe('date ranges', () => {
  test('default range ends today', () => {
    expect(defaultDateRange(new Date('2024-02-29T23:00:00Z'))).toEqual({
      from: '2023-03-02',
      to: '2024-02-29',
    });
  });

  test('last day is included', () => {
    expect(
      dateRangeVariables({ from: '2026-01-01', to: '2026-12-31' }),
    ).toEqual({
      from: '2026-01-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
    });
  });
});

describe('insightCsvUrl', () => {
  const params = readInsightParams(
    new URLSearchParams(
      'from=2026-01-01&to=2026-01-31&period=WEEK&cellKm=3&gapDistanceKm=15&fewThreshold=5',
    ),
    TODAY,
  );
  const range =
    'from=2026-01-01T00%3A00%3A00.000Z&to=2026-02-01T00%3A00%3A00.000Z';

  test('figure tables take the range only', () => {
    expect(insightCsvUrl('c-1', 'sdgs', params)).toBe(
      `/api/councils/c-1/insights/sdgs.csv?${range}`,
    );
  });

  test('each table adds its own settings', () => {
    expect(insightCsvUrl('c-1', 'over-time', params)).toBe(
      `/api/councils/c-1/insights/over-time.csv?${range}&period=WEEK`,
    );
    expect(insightCsvUrl('c-1', 'density', params)).toBe(
      `/api/councils/c-1/insights/density.csv?${range}&cellKm=3&shape=HEXAGON`,
    );
    expect(insightCsvUrl('c-1', 'sdg-gaps', params)).toBe(
      `/api/councils/c-1/insights/sdg-gaps.csv?${range}&fewThreshold=5`,
    );
  });
});
