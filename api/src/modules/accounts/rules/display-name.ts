import { BadUserInputError } from '../../../common/errors/domain-error.js';
import { checkStorableText } from '../../../common/validation/text.js';

export const MAX_NAME_LENGTH = 100;

/** Trims a person's name and checks that it is present and not too long. */
export function normaliseName(raw: string, field: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name === '') {
    throw new BadUserInputError('Name is missing; enter your name.', field);
  }
  if ([...name].length > MAX_NAME_LENGTH) {
    throw new BadUserInputError(
      `Name has ${[...name].length} characters; use at most ${MAX_NAME_LENGTH}.`,
      field,
    );
  }
  try {
    return checkStorableText('Name', name);
  } catch (error) {
    throw new BadUserInputError((error as Error).message, field);
  }
}
