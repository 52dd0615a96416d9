import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * Parses `value` as a date-time. The scalar of @nestjs/graphql 14 turns any
 * string into a Date, so a value such as "tomorrow" became an Invalid Date
 * that failed later inside a resolver or the database as a server error.
 */
function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') {
    throw new GraphQLError(
      `DateTime must be a string such as 2026-03-01T09:30:00Z; got ${typeof value}.`,
    );
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new GraphQLError(
      `"${value.slice(0, 40)}" is not a date-time; send an ISO 8601 string such as 2026-03-01T09:30:00Z.`,
    );
  }

  return date;
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
