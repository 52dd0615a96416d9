import { ConflictError } from '../../common/errors/domain-error.js';
import type { BulkRequest } from './award-jobs.repository.js';

/**
 * Lists how a bulk request differs from the one its idempotency key already
 * started. Recipients are compared as asked (session and addresses), since
 * the session's attendance may have grown since the first request.
 */
function bulkDifferences(stored: BulkRequest, asked: BulkRequest): string[] {
  const differences: string[] = [];
  const storedSession = stored.asked?.sessionId ?? null;
  const askedSession = asked.asked?.sessionId ?? null;
  if (storedSession !== askedSession) {
    differences.push(
      `session ${storedSession ?? 'none'}, not ${askedSession ?? 'none'}`,
    );
  }
  if (!sameSet(addressesOf(stored), addressesOf(asked))) {
    differences.push('a different list of e-mail addresses');
  }
  if ((stored.narrative ?? null) !== (asked.narrative ?? null)) {
    differences.push('a different narrative');
  }
  if (JSON.stringify(stored.evidence) !== JSON.stringify(asked.evidence)) {
    differences.push('different evidence');
  }

  return differences;
}

/** Refuses a key reused for another bulk award. */
export function requireSameBulkRequest(
  stored: BulkRequest,
  asked: BulkRequest,
  key: string,
): void {
  const differences = bulkDifferences(stored, asked);
  if (differences.length > 0) {
    throw new ConflictError(
      `idempotency key ${key} was already used for a different award (${differences.join('; ')}); use a new key for a new award.`,
      'input.idempotencyKey',
    );
  }
}

/** The addresses given, valid or not; older jobs list them as recipients. */
function addressesOf(request: BulkRequest): string[] {
  const given =
    request.asked?.emails ??
    request.recipients
      .filter((recipient) => recipient.registrationId === null)
      .map((recipient) => recipient.email);

  return [...given, ...request.invalidEmails];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);

  return left.size === right.size && [...left].every((x) => right.has(x));
}
