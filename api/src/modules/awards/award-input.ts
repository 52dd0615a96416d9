import { BadUserInputError } from '../../common/errors/domain-error.js';
import { checkStorableText } from '../../common/validation/text.js';
import { normaliseEmail } from '../accounts/rules/email-address.js';
import { checkNarrativeText } from '../achievements/achievement-rules.js';
import { requireUuid } from '../registrations/session-access.service.js';
import type { EvidenceInput } from './dto/award.inputs.js';

export const AWARD_LIMITS = {
  narrative: 2000,
  evidenceItems: 10,
  evidenceName: 200,
  evidenceUrl: 2000,
  idempotencyKeyMin: 8,
  idempotencyKeyMax: 200,
  bulkEmails: 1000,
  /** Raw rows, repeats and invalid ones included, pasted in one go. */
  bulkRows: 5000,
};

/** Evidence checked for shape; file ownership is checked against the database. */
export interface CleanEvidence {
  fileId?: string;
  url?: string;
  name: string | null;
  narrative: string | null;
}

export function cleanIdempotencyKey(value: string, field: string): string {
  const key = checkStorableText(field, value.trim());
  const { idempotencyKeyMin: min, idempotencyKeyMax: max } = AWARD_LIMITS;
  if (key.length < min || key.length > max) {
    throw new BadUserInputError(
      `${field} has ${key.length} characters; use ${min} to ${max}, such as a random UUID made once per award.`,
      field,
    );
  }

  return key;
}

/** Trims optional text; blank becomes null. */
export function cleanOptionalText(
  value: string | null | undefined,
  field: string,
  max: number,
): string | null {
  const text = checkNarrativeText(
    field,
    checkStorableText(field, value?.trim() ?? ''),
  );
  if (text.length > max) {
    throw new BadUserInputError(
      `${field} has ${text.length} characters; use at most ${max}.`,
      field,
    );
  }

  return text === '' ? null : text;
}

export function cleanEvidence(
  items: readonly EvidenceInput[] | null | undefined,
  field: string,
): CleanEvidence[] {
  const list = items ?? [];
  if (list.length > AWARD_LIMITS.evidenceItems) {
    throw new BadUserInputError(
      `${field} has ${list.length} items; give at most ${AWARD_LIMITS.evidenceItems}.`,
      field,
    );
  }

  return list.map((item, index) =>
    cleanEvidenceItem(item, `${field}.${index}`),
  );
}

function cleanEvidenceItem(item: EvidenceInput, field: string): CleanEvidence {
  const hasFile = item.fileId !== null && item.fileId !== undefined;
  const hasUrl = (item.url?.trim() ?? '') !== '';
  if (hasFile === hasUrl) {
    throw new BadUserInputError(
      `${field} needs exactly one of fileId (an uploaded evidence file) or url (an http or https link).`,
      field,
    );
  }
  const name = cleanOptionalText(
    item.name,
    `${field}.name`,
    AWARD_LIMITS.evidenceName,
  );
  const narrative = cleanOptionalText(
    item.narrative,
    `${field}.narrative`,
    AWARD_LIMITS.narrative,
  );
  if (hasFile) {
    return {
      fileId: requireUuid(item.fileId!, `${field}.fileId`),
      name,
      narrative,
    };
  }

  return { url: cleanWebUrl(item.url!, `${field}.url`), name, narrative };
}

function cleanWebUrl(value: string, field: string): string {
  const text = value.trim();
  const url = URL.canParse(text) ? new URL(text) : null;
  const web = url?.protocol === 'http:' || url?.protocol === 'https:';
  if (!web || text.length > AWARD_LIMITS.evidenceUrl) {
    throw new BadUserInputError(
      `${field} "${text.slice(0, 80)}" is not valid; expected an http or https URL of at most ${AWARD_LIMITS.evidenceUrl} characters.`,
      field,
    );
  }

  return url!.href;
}

/**
 * Normalises the bulk e-mail list and drops repeats. Addresses that fail
 * the syntax check come back separately, so that the job reports them.
 */
export function cleanBulkEmails(
  emails: readonly string[] | null | undefined,
  field: string,
): { valid: string[]; invalid: string[] } {
  const rows = emails ?? [];
  if (rows.length > AWARD_LIMITS.bulkRows) {
    throw new BadUserInputError(
      `${field} has ${rows.length} rows; give at most ${AWARD_LIMITS.bulkRows}, of which at most ${AWARD_LIMITS.bulkEmails} different addresses.`,
      field,
    );
  }
  const valid = new Set<string>();
  const invalid = new Set<string>();
  for (const raw of rows) {
    if (raw.trim() === '') continue;
    try {
      valid.add(normaliseEmail(raw, field));
    } catch {
      invalid.add(raw.trim().slice(0, 254));
    }
  }
  if (valid.size > AWARD_LIMITS.bulkEmails) {
    throw new BadUserInputError(
      `${field} has ${valid.size} different addresses; give at most ${AWARD_LIMITS.bulkEmails} per bulk award, and start another for the rest.`,
      field,
    );
  }

  return { valid: [...valid], invalid: [...invalid] };
}
