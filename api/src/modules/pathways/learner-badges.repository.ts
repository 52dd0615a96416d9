import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { verifiedAddressesSql } from '../accounts/learner-addresses.service.js';
import { achievementUrl } from '../credentials/documents/urls.js';
import type { HeldBadge } from './progress/progress.js';

/** Credentials of ours that belong to learner `$1` and are valid now. */
const VALID_ISSUED = `c.type = 'open_badge'
  AND (c.recipient_user_id = $1
       OR c.recipient_email IN ${verifiedAddressesSql('$1')})
  AND c.status = 'active' AND c.valid_from <= now()
  AND (c.valid_until IS NULL OR c.valid_until > now())`;

interface HeldRow {
  kind: 'issued' | 'imported';
  credentialId: string;
  achievementId: string | null;
  achievementUri: string | null;
  issuerUri: string | null;
  name: string | null;
  credentialUri: string | null;
}

/**
 * SQL for what a learner holds: their valid badges, issued here or
 * imported, and the pathways those badges count for.
 */
@Injectable()
export class LearnerBadgesRepository {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The learner's valid badges, oldest first: issued here (to the account
   * or a verified address) or imported and verified as valid. Imports keep
   * the issuer id they name, because progress matches them by Achievement
   * id and issuer.
   */
  async findHeld(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<HeldBadge[]> {
    const rows: HeldRow[] = await manager.query(
      `SELECT 'issued' AS kind, c.id AS "credentialId",
              c.achievement_id AS "achievementId", NULL AS "achievementUri",
              NULL AS "issuerUri", a.name, NULL AS "credentialUri",
              c.valid_from AS earned
         FROM credentials c JOIN achievements a ON a.id = c.achievement_id
        WHERE ${VALID_ISSUED}
       UNION ALL
       SELECT 'imported', i.id, NULL, i.achievement_uri, i.issuer_uri,
              i.achievement_name, i.credential_uri,
              COALESCE(i.issued_at, i.created_at)
         FROM imported_credentials i
        WHERE i.user_id = $1 AND i.status = 'valid'
          AND i.achievement_uri IS NOT NULL AND i.issuer_uri IS NOT NULL
          AND (i.expires_at IS NULL OR i.expires_at > now())
        ORDER BY earned, "credentialId"`,
      [userId],
    );

    return rows.map((row) => ({
      kind: row.kind,
      credentialId: row.credentialId,
      achievementId: row.achievementId,
      achievementUri:
        row.achievementUri ??
        achievementUrl(this.config.publicUrl, row.achievementId!),
      issuerUri: row.issuerUri,
      name: row.name,
      credentialUri: row.credentialUri,
    }));
  }

  /**
   * Published pathways, not yet completed by the learner, with a step that
   * one of the learner's badges counts for, by the rules of `meetsOption`:
   * credentials issued here meet options of our designs, and imports meet
   * options from elsewhere with the same Achievement id and issuer.
   */
  async findCandidatePathways(
    userId: string,
    badges: readonly HeldBadge[],
  ): Promise<string[]> {
    const issued = badges.filter((badge) => badge.kind === 'issued');
    const imported = badges.filter(
      (badge) => badge.kind === 'imported' && badge.issuerUri !== null,
    );
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT p.id
         FROM pathway_step_options o
         JOIN pathway_steps s ON s.id = o.step_id
         JOIN pathways p ON p.id = s.pathway_id AND p.status = 'published'
        WHERE (o.achievement_id = ANY($2::uuid[])
               OR (o.achievement_id IS NULL
                   AND (o.achievement_uri, o.issuer_uri) IN (
                     SELECT held.uri, held.issuer
                       FROM unnest($3::text[], $4::text[])
                            AS held(uri, issuer))))
          AND NOT EXISTS (SELECT 1 FROM pathway_completions pc
                           WHERE pc.pathway_id = p.id AND pc.user_id = $1)
        ORDER BY p.id`,
      [
        userId,
        issued.flatMap((badge) => badge.achievementId ?? []),
        imported.map((badge) => badge.achievementUri),
        imported.map((badge) => badge.issuerUri),
      ],
    );

    return rows.map((row) => row.id);
  }

  /**
   * Locks the credentials a completion rests on, so that a revocation or
   * a re-verification waits until the completion commits or rolls back.
   */
  async lockContributions(
    manager: EntityManager,
    badges: readonly HeldBadge[],
  ): Promise<void> {
    const ids = (kind: HeldBadge['kind']) =>
      badges
        .filter((badge) => badge.kind === kind)
        .map((badge) => badge.credentialId)
        .sort();
    await manager.query(
      'SELECT id FROM credentials WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
      [ids('issued')],
    );
    await manager.query(
      'SELECT id FROM imported_credentials WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
      [ids('imported')],
    );
  }

  /** A valid badge of the goal design that the learner already holds. */
  async findHeldGoal(
    manager: EntityManager,
    userId: string,
    achievementId: string,
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `SELECT c.id FROM credentials c
        WHERE ${VALID_ISSUED} AND c.achievement_id = $2
        ORDER BY c.created_at LIMIT 1`,
      [userId, achievementId],
    );

    return rows[0]?.id ?? null;
  }
}
