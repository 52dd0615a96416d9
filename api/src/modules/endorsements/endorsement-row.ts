import type { CredentialStatus } from '../credentials/credential.entity.js';
import type { EndorsementObject } from './dto/endorsement.type.js';

/** Columns of an endorsement credential, as the queries select them. */
export const ENDORSEMENT_COLUMNS = `c.id, c.organisation_id AS "organisationId",
  c.achievement_id AS "achievementId",
  c.endorsed_organisation_id AS "endorsedOrganisationId",
  c.valid_from AS "issuedAt", c.status::text AS status, c.document`;

export interface EndorsementRow {
  id: string;
  organisationId: string;
  achievementId: string | null;
  endorsedOrganisationId: string | null;
  issuedAt: Date;
  status: CredentialStatus;
  document: Record<string, unknown>;
}

/** Maps a row to an endorsement, reading the comment from the signed subject. */
export function toEndorsement(row: EndorsementRow): EndorsementObject {
  const subject = row.document.credentialSubject as
    { endorsementComment?: unknown } | undefined;
  const comment = subject?.endorsementComment;

  return {
    id: row.id,
    organisationId: row.organisationId,
    achievementId: row.achievementId,
    endorsedOrganisationId: row.endorsedOrganisationId,
    issuedAt: row.issuedAt,
    status: row.status,
    comment: typeof comment === 'string' ? comment : '',
    json: JSON.stringify(row.document, null, 2),
  };
}
