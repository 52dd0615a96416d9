import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { UUID_PATTERN } from '../../common/pagination/cursor.js';
import { verifiedAddressesSql } from '../accounts/learner-addresses.service.js';

/** A credential with what its downloads and hosted documents need. */
export interface ExportableCredential {
  id: string;
  organisationId: string;
  achievementId: string | null;
  recipientUserId: string | null;
  recipientEmail: string | null;
  sharedAt: Date | null;
  status: 'active' | 'suspended' | 'revoked';
  document: Record<string, unknown>;
  jwt: string;
  validFrom: Date;
  validUntil: Date | null;
  /** The reason of the latest change to revoked, if revoked. */
  revocationReason: string | null;
}

export interface AchievementImage {
  name: string;
  /** Colour of the achievement's lowest-numbered SDG, if it has one. */
  sdgColour: string | null;
  storageKey: string | null;
  contentType: string | null;
}

export interface Ob2Achievement {
  id: string;
  organisationId: string;
  name: string;
  description: string;
  criteriaNarrative: string;
  tags: string[];
  sdgs: { number: number; title: string }[];
  sdgTargets: string[];
  escoSkillUris: string[];
  archived: boolean;
}

export interface Ob2Organisation {
  id: string;
  name: string;
  description: string;
  website: string | null;
}

/** The SQL behind downloads and Open Badges 2.0 documents. */
@Injectable()
export class CredentialExportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findCredential(id: string): Promise<ExportableCredential | null> {
    if (!UUID_PATTERN.test(id)) return null;
    const rows: ExportableCredential[] = await this.dataSource.query(
      `SELECT c.id, c.organisation_id AS "organisationId",
         c.achievement_id AS "achievementId",
         c.recipient_user_id AS "recipientUserId",
         c.recipient_email AS "recipientEmail", c.shared_at AS "sharedAt",
         c.status, c.document, c.jwt, c.valid_from AS "validFrom",
         c.valid_until AS "validUntil",
         (SELECT s.reason FROM credential_status_changes s
           WHERE s.credential_id = c.id AND s.status = 'revoked'
           ORDER BY s.created_at DESC LIMIT 1) AS "revocationReason"
       FROM credentials c WHERE c.id = $1 AND c.type = 'open_badge'`,
      [id.toLowerCase()],
    );

    return rows[0] ?? null;
  }

  /** Whether the user belongs to the organisation, in any role. */
  async isMember(organisationId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM organisation_members
        WHERE organisation_id = $1 AND user_id = $2`,
      [organisationId, userId],
    );

    return rows.length > 0;
  }

  /** Whether the address is one of the user's verified addresses. */
  async isVerifiedAddressOf(userId: string, email: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 WHERE $2 IN ${verifiedAddressesSql('$1')}`,
      [userId, email],
    );

    return rows.length > 0;
  }

  async findAchievementImage(id: string): Promise<AchievementImage | null> {
    const rows: AchievementImage[] = await this.dataSource.query(
      `SELECT a.name,
         (SELECT s.colour FROM achievement_sdgs l JOIN sdgs s
             ON s.number = l.sdg_number
           WHERE l.achievement_id = a.id ORDER BY s.number LIMIT 1)
           AS "sdgColour",
         f.storage_key AS "storageKey", f.content_type AS "contentType"
       FROM achievements a
       LEFT JOIN stored_files f ON f.id = a.image_file_id
       WHERE a.id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  async findAchievement(id: string): Promise<Ob2Achievement | null> {
    if (!UUID_PATTERN.test(id)) return null;
    const rows: Ob2Achievement[] = await this.dataSource.query(
      `SELECT a.id, a.organisation_id AS "organisationId", a.name,
         a.description, a.criteria_narrative AS "criteriaNarrative", a.tags,
         a.sdg_targets AS "sdgTargets", a.esco_skill_uris AS "escoSkillUris",
         a.archived_at IS NOT NULL AS archived,
         COALESCE((SELECT json_agg(json_build_object('number', s.number,
             'title', s.title) ORDER BY s.number)
           FROM achievement_sdgs l JOIN sdgs s ON s.number = l.sdg_number
           WHERE l.achievement_id = a.id), '[]') AS sdgs
       FROM achievements a WHERE a.id = $1`,
      [id.toLowerCase()],
    );

    return rows[0] ?? null;
  }

  async findOrganisation(id: string): Promise<Ob2Organisation | null> {
    if (!UUID_PATTERN.test(id)) return null;
    const rows: Ob2Organisation[] = await this.dataSource.query(
      `SELECT id, name, description, website FROM organisations
        WHERE id = $1`,
      [id.toLowerCase()],
    );

    return rows[0] ?? null;
  }
}
