import { ConflictError } from '../../common/errors/domain-error.js';
import type { Credential } from './credential.entity.js';
import type { IssueRequest } from './issue-request.js';

/**
 * Lists how a request differs from the credential its idempotency key
 * already produced, as "field stored, not requested" phrases. Narrative and
 * evidence are left out: they describe the award rather than choose it.
 */
export function requestDifferences(
  existing: Credential,
  request: IssueRequest,
): string[] {
  const differences: string[] = [];
  const compare = (field: string, stored: unknown, asked: unknown) => {
    if (stored !== asked) {
      differences.push(`${field} ${shown(stored)}, not ${shown(asked)}`);
    }
  };
  compare('type', existing.type, request.type);
  compare('achievement', existing.achievementId, request.achievementId ?? null);
  compare(
    'recipient',
    existing.recipientEmail?.toLowerCase() ?? null,
    request.recipient?.email.toLowerCase() ?? null,
  );
  const askedUser = request.recipient?.userId ?? null;
  // An address award gains its account once the address is verified, so a
  // retry may name the account the first request could not.
  if (existing.recipientUserId !== null && askedUser !== null) {
    compare('recipient account', existing.recipientUserId, askedUser);
  }
  compare(
    'registration',
    existing.registrationId,
    request.registrationId ?? null,
  );
  compare('claim code', existing.claimCodeId, request.claimCodeId ?? null);
  compare(
    'endorsed organisation',
    existing.endorsedOrganisationId,
    request.endorsedOrganisationId ?? null,
  );

  return differences;
}

/**
 * Returns the existing credential when the request is for the same award.
 * A key reused for another award raises CONFLICT, so a caller never
 * receives another recipient's credential.
 */
export function requireSameRequest(
  existing: Credential,
  request: IssueRequest,
  key: string,
): Credential {
  const differences = requestDifferences(existing, request);
  if (differences.length > 0) {
    throw new ConflictError(
      `idempotency key ${key} was already used for a different award (${differences.join('; ')}); use a new key for a new award.`,
      'input.idempotencyKey',
    );
  }

  return existing;
}

function shown(value: unknown): string {
  return value === null || value === undefined ? 'none' : String(value);
}
