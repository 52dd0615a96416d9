import { Kind } from 'graphql';

import { DateTimeScalar } from './date-time.scalar.js';

describe('DateTimeScalar', () => {
  it.each([
    ['2026-03-01T09:30:00Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T09:30Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T09:30:00.123456Z', '2026-03-01T09:30:00.123Z'],
    ['2026-03-01T20:30:00+11:00', '2026-03-01T09:30:00.000Z'],
    ['2024-02-29T00:00:00-05:30', '2024-02-29T05:30:00.000Z'],
  ])('parses %s', (input, expected) => {
    expect(DateTimeScalar.parseValue(input)?.toISOString()).toBe(expected);
  });

  it.each([
    'tomorrow',
    '2026-02-30T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T09:60:00Z',
    '2026-03-01',
    '2026-03-01T09:30:00',
    '2026-03-01T09:30:00+25:00',
    ' 2026-03-01T09:30:00Z',
  ])('rejects %s', (input) => {
    expect(() => DateTimeScalar.parseValue(input)).toThrow(
      `"${input}" is not a date-time`,
    );
  });

  it('rejects a number', () => {
    expect(() => DateTimeScalar.parseValue(1_700_000_000_000)).toThrow(
      'DateTime must be a string',
    );
  });

  it('rejects a literal that is not a string', () => {
    expect(() =>
      DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1' }),
    ).toThrow('DateTime must be a string');
  });

  it('serialises a Date as ISO 8601 at UTC', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2026, 0, 2)))).toBe(
      '2026-01-02T00:00:00.000Z',
    );
  });
});
