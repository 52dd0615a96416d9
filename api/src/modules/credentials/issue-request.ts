import { BadUserInputError } from '../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../common/pagination/cursor.js';
import { checkStorableText } from '../../common/validation/text.js';
import { CredentialType } from './credential.entity.js';

export interface EvidenceRequest {
  fileId?: string;
  url?: string;
  name?: string | null;
  narrative?: string | null;
}

/** What `CredentialIssuer.issue` signs; callers check permissions first. */
export interface IssueRequest {
  type: CredentialType;
  /** The issuer. */
  organisationId: string;
  issuedById: string | null;
  /** A retry with the same key returns the credential issued first. */
  idempotencyKey?: string | null;
  /** The badge of an open badge, or the endorsed achievement. */
  achievementId?: string;
  /** The recipient of an open badge. */
  recipient?: { userId: string | null; email: string };
  registrationId?: string | null;
  claimCodeId?: string | null;
  narrative?: string | null;
  evidence?: EvidenceRequest[];
  /** The organisation an endorsement endorses. */
  endorsedOrganisationId?: string;
  endorsementComment?: string;
  validFrom?: Date;
}

/** An evidence item as stored: a file of the issuer or an http(s) link. */
export interface CheckedEvidence {
  fileId: string | null;
  url: string | null;
  name: string | null;
  narrative: string | null;
}

export const MAX_EVIDENCE_ITEMS = 20;

/** Checks the shape of the evidence list and returns it ready to store. */
export function checkEvidence(
  evidence: readonly EvidenceRequest[],
): CheckedEvidence[] {
  if (evidence.length > MAX_EVIDENCE_ITEMS) {
    throw new BadUserInputError(
      `A badge has ${evidence.length} evidence items; at most ${MAX_EVIDENCE_ITEMS} are allowed.`,
      'input.evidence',
    );
  }

  return evidence.map((item, index) => {
    const field = `input.evidence.${index}`;
    const hasFile = item.fileId !== undefined && item.fileId !== null;
    const hasUrl = item.url !== undefined && item.url !== null;
    if (hasFile === hasUrl) {
      throw new BadUserInputError(
        `Evidence item ${index + 1} needs exactly one of fileId or url.`,
        field,
      );
    }
    if (hasFile && !UUID_PATTERN.test(item.fileId!)) {
      throw new BadUserInputError(
        `Evidence file id "${item.fileId!.slice(0, 60)}" is not a valid id; expected a UUID.`,
        `${field}.fileId`,
      );
    }
    if (hasUrl && !isHttpUrl(item.url!)) {
      throw new BadUserInputError(
        `Evidence URL "${item.url!.slice(0, 80)}" is not an absolute http or https URL.`,
        `${field}.url`,
      );
    }

    return {
      fileId: hasFile ? item.fileId!.toLowerCase() : null,
      url: hasUrl ? item.url! : null,
      name: optionalText(`${field}.name`, item.name),
      narrative: optionalText(`${field}.narrative`, item.narrative),
    };
  });
}

function optionalText(
  field: string,
  text: string | null | undefined,
): string | null {
  if (text === undefined || text === null || text.trim() === '') return null;

  return checkStorableText(field, text.trim());
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);

    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      !/\s/.test(text)
    );
  } catch {
    return false;
  }
}
