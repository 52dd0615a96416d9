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
  EXPECTS,
} from './ob3-schema.js';

/** Schema errors listed in a message; the rest are counted. */
const MAX_LISTED_ERRORS = 5;

export type CredentialKind = 'achievement' | 'endorsement';

function compile(): Record<CredentialKind, ValidateFunction> {
  // verbose: errors carry their schema, so a oneOf can name what it expects.
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
  addFormats.default(ajv);

  return {
    achievement: ajv.compile(ACHIEVEMENT_CREDENTIAL_SCHEMA),
    endorsement: ajv.compile(ENDORSEMENT_CREDENTIAL_SCHEMA),
  };
}

let validators: Record<CredentialKind, ValidateFunction> | undefined;

/** `/credentialSubject/identifier/0` as `credentialSubject.identifier[0]`. */
function propertyPath(pointer: string, child?: string): string {
  const segments = pointer.split('/').slice(1);
  if (child !== undefined) segments.push(child);
  const path = segments
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment, index) =>
      /^\d+$/.test(segment)
        ? `[${segment}]`
        : `${index === 0 ? '' : '.'}${segment}`,
    )
    .join('');

  return path === '' ? 'the credential' : path;
}

/** Returns the expectation a failed oneOf or anyOf states, or null. */
function expectation(error: ErrorObject): string | null {
  if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') return null;
  const expects = (error.parentSchema as Record<string, unknown> | undefined)?.[
    EXPECTS
  ];

  return typeof expects === 'string' ? expects : null;
}

function describe(error: ErrorObject): string {
  const expects = expectation(error);
  if (expects !== null) {
    return `${propertyPath(error.instancePath)}: ${expects}`;
  }
  if (error.keyword === 'required') {
    const missing = String(error.params.missingProperty);

    return `${propertyPath(error.instancePath, missing)}: is required`;
  }
  const where = propertyPath(error.instancePath);
  if (error.keyword === 'const' || error.keyword === 'enum') {
    const allowed = (error.params.allowedValue ??
      error.params.allowedValues) as unknown;

    return `${where}: must be ${JSON.stringify(allowed)}`;
  }
  if (error.keyword === 'format') {
    return `${where}: must be a ${String(error.params.format)}`;
  }
  if (error.keyword === 'type') {
    return `${where}: must be ${String(error.params.type)}`;
  }

  return `${where}: ${error.message ?? 'is invalid'}`;
}

/**
 * Keeps the errors that tell the reader what to fix. A oneOf or anyOf that
 * states what it expects replaces the errors of its branches, and other
 * combinators give way to their branches' errors.
 */
function leafErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const named = errors.filter((error) => expectation(error) !== null);
  const kept = errors.filter((error) => {
    if (named.includes(error)) return true;
    if (
      named.some((parent) =>
        error.schemaPath.startsWith(`${parent.schemaPath}/`),
      )
    ) {
      return false;
    }

    return !['oneOf', 'anyOf', 'allOf', 'if'].includes(error.keyword);
  });
  const unique = new Map(kept.map((error) => [describe(error), error]));

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
    `The document is not a valid ${label}. ${listed.join('; ')}${more}.`,
  );
}
