import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { Credential, CredentialType } from './credential.entity.js';

/** Bits per status list: 131,072 (16 KiB), the minimum for herd privacy. */
export const STATUS_LIST_LENGTH = 131_072;

export interface IssuerRow {
  name: string;
  website: string | null;
}

export interface AchievementRow {
  id: string;
  organisationId: string;
  name: string;
  description: string;
  criteriaNarrative: string;
  achievementType: string;
  tags: string[];
  validityDays: number | null;
  sdgTargets: string[];
  escoSkillUris: string[];
  archivedAt: Date | null;
  sdgs: { number: number; shortTitle: string }[];
  skills: { id: string; name: string }[];
}

export interface NewCredentialRow {
  id: string;
  type: CredentialType;
  organisationId: string;
  achievementId: string | null;
  recipientUserId: string | null;
  recipientEmail: string | null;
  endorsedOrganisationId: string | null;
  registrationId: string | null;
  claimCodeId: string | null;
  issuedById: string | null;
  idempotencyKey: string | null;
  validFrom: Date;
  validUntil: Date | null;
  statusListId: string;
  statusListIndex: number;
  document: Record<string, unknown>;
  jwt: string;
}

export interface NewEvidenceRow {
  fileId: string | null;
  url: string | null;
  name: string | null;
  narrative: string | null;
}

/** SQL for issuing credentials; every method runs in the caller's transaction. */
@Injectable()
export class IssuingRepository {
  /**
   * Serialises issuing under one idempotency key until the transaction
   * ends, so a concurrent retry waits and then finds the first credential.
   */
  async lockIdempotencyKey(
    manager: EntityManager,
    organisationId: string,
    key: string,
  ): Promise<void> {
    await manager.query(
      'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
      [`credential:${organisationId}:${key}`],
    );
  }

  findByIdempotencyKey(
    manager: EntityManager,
    organisationId: string,
    key: string,
  ): Promise<Credential | null> {
    return manager.findOne(Credential, {
      where: { organisationId, idempotencyKey: key },
    });
  }

  findById(manager: EntityManager, id: string): Promise<Credential | null> {
    return manager.findOne(Credential, { where: { id } });
  }

  async findIssuer(
    manager: EntityManager,
    organisationId: string,
  ): Promise<IssuerRow | null> {
    const [row]: IssuerRow[] = await manager.query(
      'SELECT name, website FROM organisations WHERE id = $1',
      [organisationId],
    );

    return row ?? null;
  }

  async findAchievement(
    manager: EntityManager,
    achievementId: string,
  ): Promise<AchievementRow | null> {
    const [row]: AchievementRow[] = await manager.query(
      `SELECT a.id, a.organisation_id AS "organisationId", a.name,
              a.description, a.criteria_narrative AS "criteriaNarrative",
              a.achievement_type AS "achievementType", a.tags,
              a.validity_days AS "validityDays", a.sdg_targets AS "sdgTargets",
              a.esco_skill_uris AS "escoSkillUris", a.archived_at AS "archivedAt",
              COALESCE((SELECT json_agg(json_build_object(
                         'number', s.number, 'shortTitle', s.short_title)
                         ORDER BY s.number)
                  FROM achievement_sdgs x JOIN sdgs s ON s.number = x.sdg_number
                 WHERE x.achievement_id = a.id), '[]') AS sdgs,
              COALESCE((SELECT json_agg(json_build_object(
                         'id', k.id, 'name', k.name) ORDER BY k.position)
                  FROM achievement_skills y JOIN skills k ON k.id = y.skill_id
                 WHERE y.achievement_id = a.id), '[]') AS skills
         FROM achievements a WHERE a.id = $1`,
      [achievementId],
    );

    return row ?? null;
  }

  /** Signed endorsements of an achievement that are active and valid now. */
  async findActiveEndorsements(
    manager: EntityManager,
    achievementId: string,
  ): Promise<Record<string, unknown>[]> {
    const rows: { document: Record<string, unknown> }[] = await manager.query(
      `SELECT document FROM credentials
        WHERE type = 'endorsement' AND achievement_id = $1
          AND status = 'active' AND valid_from <= now()
          AND (valid_until IS NULL OR valid_until > now())
        ORDER BY valid_from, id`,
      [achievementId],
    );

    return rows.map((row) => row.document);
  }

  /** Ids of those files that belong to the organisation. */
  /** Returns those of `fileIds` that are evidence files of the organisation. */
  async findOwnEvidenceFileIds(
    manager: EntityManager,
    organisationId: string,
    fileIds: readonly string[],
  ): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM stored_files
        WHERE organisation_id = $1 AND id = ANY($2::uuid[])
          AND purpose = 'evidence'`,
      [organisationId, fileIds],
    );

    return new Set(rows.map((row) => row.id));
  }

  /**
   * Takes the next free index of one of the organisation's status lists,
   * opening a new list when none has room. The row lock on the list makes
   * concurrent issuers take different indexes.
   */
  async allocateStatusIndex(
    manager: EntityManager,
    organisationId: string,
  ): Promise<{ listId: string; index: number }> {
    const taken = await this.takeIndex(manager, organisationId);
    if (taken !== null) return taken;
    // Only one transaction opens a list; the others then take from it.
    await manager.query(
      'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
      [`status-list:${organisationId}`],
    );
    const retaken = await this.takeIndex(manager, organisationId);
    if (retaken !== null) return retaken;
    const [row]: { listId: string; index: number }[] = await manager.query(
      `INSERT INTO status_lists (organisation_id, length, next_index)
       VALUES ($1, $2, 1) RETURNING id AS "listId", 0 AS index`,
      [organisationId, STATUS_LIST_LENGTH],
    );

    return row!;
  }

  private async takeIndex(
    manager: EntityManager,
    organisationId: string,
  ): Promise<{ listId: string; index: number } | null> {
    const [rows]: [{ listId: string; index: number }[], number] =
      await manager.query(
        `UPDATE status_lists SET next_index = next_index + 1
          WHERE id = (SELECT id FROM status_lists
                       WHERE organisation_id = $1 AND next_index < length
                       ORDER BY created_at, id LIMIT 1 FOR UPDATE)
            AND next_index < length
          RETURNING id AS "listId", next_index - 1 AS index`,
        [organisationId],
      );

    return rows[0] ?? null;
  }

  async insertCredential(
    manager: EntityManager,
    row: NewCredentialRow,
  ): Promise<Credential> {
    await manager.query(
      `INSERT INTO credentials (id, type, organisation_id, achievement_id,
         recipient_user_id, recipient_email, endorsed_organisation_id,
         registration_id, claim_code_id, issued_by_id, idempotency_key,
         valid_from, valid_until, status_list_id, status_list_index,
         document, jwt)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
         $15, $16, $17)`,
      [
        row.id,
        row.type,
        row.organisationId,
        row.achievementId,
        row.recipientUserId,
        row.recipientEmail,
        row.endorsedOrganisationId,
        row.registrationId,
        row.claimCodeId,
        row.issuedById,
        row.idempotencyKey,
        row.validFrom,
        row.validUntil,
        row.statusListId,
        row.statusListIndex,
        JSON.stringify(row.document),
        row.jwt,
      ],
    );

    return (await this.findById(manager, row.id))!;
  }

  async insertEvidence(
    manager: EntityManager,
    credentialId: string,
    evidence: readonly NewEvidenceRow[],
  ): Promise<void> {
    for (const [position, item] of evidence.entries()) {
      await manager.query(
        `INSERT INTO credential_evidence
           (credential_id, position, file_id, url, name, narrative)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          credentialId,
          position,
          item.fileId,
          item.url,
          item.name,
          item.narrative,
        ],
      );
    }
  }
}
