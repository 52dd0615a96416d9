import type { TFunction } from 'i18next';

import { describeError, fieldErrorsOf } from '@/lib/graphql/errors';

// These limits repeat the API's checks in
// api/src/modules/backpack/collections/collection-text.ts, so that a form can
// flag a value before it is sent. The API still decides.
export const MAX_NAME_LENGTH = 100;
export const MAX_DESCRIPTION_LENGTH = 1000;

/** UTF-16 code units, as the API and the input's maxLength count them. */
function characterCount(text: string): number {
  return text.length;
}

/** Returns the message for an invalid collection name, or null. */
export function checkCollectionName(t: TFunction, name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return t('collections.errors.nameMissing');
  const count = characterCount(trimmed);
  if (count > MAX_NAME_LENGTH) {
    return t('collections.errors.nameTooLong', {
      count,
      max: MAX_NAME_LENGTH,
    });
  }

  return null;
}

/** Returns the message for an invalid description, or null. */
export function checkCollectionDescription(
  t: TFunction,
  description: string,
): string | null {
  const count = characterCount(description.trim());

  return count > MAX_DESCRIPTION_LENGTH
    ? t('collections.errors.descriptionTooLong', {
        count,
        max: MAX_DESCRIPTION_LENGTH,
      })
    : null;
}

/**
 * Splits a failed mutation into the API's message for `field` of its input
 * and the error to show for the whole form, or null when the field took it.
 */
export function splitFieldError(
  error: unknown,
  field: string,
): { fieldMessage: string | null; formError: unknown } {
  const description = describeError(error);
  const message = fieldErrorsOf(error, 'input.').fields[field];
  if (
    description.kind === 'messages' &&
    message !== undefined &&
    description.messages.includes(message)
  ) {
    return { fieldMessage: message, formError: null };
  }

  return { fieldMessage: null, formError: error };
}
