import {
  type GraphQLErrorEntry,
  GraphQLRequestError,
} from '@/lib/graphql/client';

/** A failed request's messages split between form fields and the rest. */
export interface InputErrors {
  /** BAD_USER_INPUT messages by the form field they name, first one each. */
  fields: Record<string, string>;
  /** An error with what no field shows, for a summary; undefined if none. */
  rest: unknown;
}

/**
 * Splits a failed mutation's errors into messages for the form's fields and
 * the rest. Only BAD_USER_INPUT problems whose input path starts with
 * `prefix` and that `fieldOf` maps to a field are placed at that field.
 */
export function splitInputErrors(
  error: unknown,
  prefix: string,
  fieldOf: (path: string) => string | null,
): InputErrors {
  if (!(error instanceof GraphQLRequestError)) {
    return { fields: {}, rest: error };
  }
  const fields: Record<string, string> = {};
  const rest: GraphQLErrorEntry[] = [];
  const place = (path: string, message: string) => {
    const field = path.startsWith(prefix)
      ? fieldOf(path.slice(prefix.length))
      : null;
    if (field !== null) fields[field] ??= message;

    return field !== null;
  };

  for (const entry of error.errors) {
    const extensions = entry.extensions;
    if (extensions?.code !== 'BAD_USER_INPUT') {
      rest.push(entry);
      continue;
    }
    const problems = extensions.problems ?? [
      { field: extensions.field ?? '', message: entry.message },
    ];
    for (const problem of problems) {
      if (place(problem.field, problem.message)) continue;
      rest.push({
        message: problem.message,
        extensions: { code: 'BAD_USER_INPUT', field: problem.field },
      });
    }
  }

  return {
    fields,
    rest:
      rest.length === 0
        ? undefined
        : new GraphQLRequestError(rest, error.status),
  };
}
