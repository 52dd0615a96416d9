import {
  describeError,
  type ErrorDescription,
  fieldErrorsOf,
} from '@/lib/graphql/errors';

/** The failure a form shows above its submit button after a request. */
export type FormFailure = ErrorDescription;

/**
 * Splits a failed request into messages for the named form fields and a
 * failure for the whole form. The failure is null when every message found
 * its field.
 */
export function splitServerError(
  error: unknown,
  fieldNames: readonly string[],
): { fields: Record<string, string>; failure: FormFailure | null } {
  const description = describeError(error);
  if (description.kind !== 'messages') {
    return { fields: {}, failure: description };
  }

  // Only messages that describeError accepts as user-facing are placed.
  const { fields, general } = fieldErrorsOf(error, 'input.');
  const placed: Record<string, string> = {};
  const unplaced = general.filter((message) =>
    description.messages.includes(message),
  );
  for (const [name, message] of Object.entries(fields)) {
    if (!description.messages.includes(message)) continue;
    if (fieldNames.includes(name)) placed[name] = message;
    else unplaced.push(message);
  }

  return {
    fields: placed,
    failure:
      unplaced.length > 0 ? { kind: 'messages', messages: unplaced } : null,
  };
}
