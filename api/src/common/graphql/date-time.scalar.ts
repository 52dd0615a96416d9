import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** RFC 3339 date-time: a date, a time and a zone, such as 2026-03-01T09:30:00+11:00. */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

const EXAMPLE =
  'send an ISO 8601 date-time with a zone, such as 2026-03-01T09:30:00Z';

/** Checks whether the fields name a real moment, which 2026-02-30 and 24:00 do not. */
function isRealDateTime(fields: number[]): boolean {
  const [year, month, day, hour, minute, second] = fields as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));

  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

/**
 * Parses `value` as a date-time. The scalar of @nestjs/graphql 14 turns any
 * string into a Date, so "tomorrow" became an Invalid Date and 2026-02-30
 * became 2 March, which failed later or silently searched the wrong days.
 */
function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') {
    throw new GraphQLError(`DateTime must be a string; ${EXAMPLE}.`);
  }
  const date = parseIsoDateTime(value);
  if (date === null) {
    throw new GraphQLError(
      `"${value.slice(0, 40)}" is not a date-time; ${EXAMPLE}.`,
    );
  }

  return date;
}

/**
 * Returns the moment an RFC 3339 date-time names, or null when `text` is
 * not one or names no real moment, such as 2026-02-30.
 */
export function parseIsoDateTime(text: string): Date | null {
  const match = DATE_TIME.exec(text);
  const fields = match?.slice(1, 7).map((field) => Number(field ?? 0));
  if (fields === undefined || !isRealDateTime(fields)) return null;

  return new Date(text);
}

/**
 * The schema's `DateTime`: an ISO 8601 string on the wire, a Date in the
 * code. Used for every date-time field and argument, and mapped from the
 * TypeScript `Date` type, so the schema has one DateTime scalar.
 */
export const DateTimeScalar = new GraphQLScalarType<Date | null, string | null>(
  {
    name: 'DateTime',
    description:
      'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
    parseValue: parseDateTime,
    serialize(value) {
      return value instanceof Date ? value.toISOString() : null;
    },
    parseLiteral(ast: ValueNode) {
      if (ast.kind !== Kind.STRING) {
        throw new GraphQLError(
          'DateTime must be a string such as 2026-03-01T09:30:00Z.',
        );
      }

      return parseDateTime(ast.value);
    },
  },
);

/** Maps the TypeScript `Date` type to {@link DateTimeScalar} when building the schema. */
export const DATE_SCALARS = [{ type: Date, scalar: DateTimeScalar }];
