import { BadUserInputError } from '../../../common/errors/domain-error.js';
import { controlCharacterIn } from '../../../common/validation/control-characters.js';
import { COLLECTION_LIMITS } from './collection.types.js';

/** Trims a collection name and checks its length and characters. */
export function cleanCollectionName(raw: string, field: string): string {
  const name = raw.trim();
  if (name.length === 0 || name.length > COLLECTION_LIMITS.name) {
    throw new BadUserInputError(
      `${field} has ${name.length} characters; use 1 to ${COLLECTION_LIMITS.name}.`,
      field,
    );
  }
  rejectControls(name, field, false);

  return name;
}

/** Trims a description; line breaks are allowed, other controls are not. */
export function cleanCollectionDescription(raw: string, field: string): string {
  const description = raw.trim();
  if (description.length > COLLECTION_LIMITS.description) {
    throw new BadUserInputError(
      `${field} has ${description.length} characters; use at most ${COLLECTION_LIMITS.description}.`,
      field,
    );
  }
  rejectControls(description, field, true);

  return description;
}

function rejectControls(
  text: string,
  field: string,
  allowLineBreaks: boolean,
): void {
  const control = controlCharacterIn(text, allowLineBreaks);
  if (control !== null) {
    throw new BadUserInputError(
      `${field} contains the control character ${control}; remove it.`,
      field,
    );
  }
}
