import {
  Ajv2020,
  type ErrorObject,
  type ValidateFunction,
} from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

import {
  failed,
  passed,
  type VerificationCheck,
  VerificationCheckName,
} from '../verification-result.js';
import {
  ACHIEVEMENT_CREDENTIAL_SCHEMA,
  ENDORSEMENT_CREDENTIAL_SCHEMA,
} from './ob3-schema.js';

/** Schema errors listed in a message; the rest are counted. */
const MAX_LISTED_ERRORS = 5;

export type CredentialKind = 'achievement' | 'endorsement';

function compile(): Record<CredentialKind, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);

  return {
    achievement: ajv.compile(ACHIEVEMENT_CREDENTIAL_SCHEMA),
    endorsement: ajv.compile(ENDORSEMENT_CREDENTIAL_SCHEMA),
  };
}

let validators: Record<CredentialKind, ValidateFunction> | undefined;

function describe(error: ErrorObject): string {
  const where =
    error.instancePath === '' ? 'the credential' : error.instancePath;
  if (error.keyword === 'required') {
    return `${where} is missing "${String(error.params.missingProperty)}"`;
  }
  if (error.keyword === 'const' || error.keyword === 'enum') {
    const allowed = (error.params.allowedValue ??
      error.params.allowedValues) as unknown;

    return `${where} must be ${JSON.stringify(allowed)}`;
  }

  return `${where} ${error.message ?? 'is invalid'}`;
}

/**
 * Drops the errors of `oneOf`/`anyOf` branches that the value was never
 * meant to match, keeping the leaf errors that say what to fix.
 */
function leafErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const leaves = errors.filter(
    (error) => !['oneOf', 'anyOf', 'allOf', 'if'].includes(error.keyword),
  );
  const unique = new Map(leaves.map((error) => [describe(error), error]));

  return [...unique.values()];
}

/** Validates a credential against our Open Badges 3.0 JSON Schema. */
export function checkStructure(
  credential: unknown,
  kind: CredentialKind,
): VerificationCheck {
  validators ??= compile();
  const validate = validators[kind];
  const label =
    kind === 'achievement' ? 'OpenBadgeCredential' : 'EndorsementCredential';
  if (validate(credential)) {
    return passed(
      VerificationCheckName.STRUCTURE,
      `The document is a well-formed ${label} (Open Badges 3.0).`,
    );
  }
  const errors = leafErrors(validate.errors ?? []);
  const listed = errors.slice(0, MAX_LISTED_ERRORS).map(describe);
  const more =
    errors.length > MAX_LISTED_ERRORS
      ? ` and ${errors.length - MAX_LISTED_ERRORS} more problems`
      : '';

  return failed(
    VerificationCheckName.STRUCTURE,
    `The document is not a valid ${label}: ${listed.join('; ')}${more}.`,
  );
}
