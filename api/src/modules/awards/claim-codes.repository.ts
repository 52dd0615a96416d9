import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { ClaimCodeObject } from './dto/claim-code.type.js';

export interface NewClaimCode {
  achievementId: string;
  sessionId: string | null;
  code: string;
  expiresAt: Date;
  maxRedemptions: number | null;
  createdById: string;
}

/** The reasons a code cannot be redeemed now. */
export interface ClaimCodeState {
  revoked: boolean;
  expired: boolean;
  exhausted: boolean;
}

const SELECT_CODE = `
  SELECT c.id, c.code, c.expires_at AS "expiresAt",
         c.max_redemptions AS "maxRedemptions",
         c.redemption_count AS "redemptionCount",
         c.revoked_at IS NOT NULL AS revoked, c.session_id AS "sessionId",
         c.created_at AS "createdAt", c.achievement_id AS "achievementId"
    FROM claim_codes c`;

/** A session a claim code is tied to, and the learner's place at it. */
export interface SessionEntry {
  startsAt: Date;
  /** Null when the learner has no registration for the session. */
  status: string | null;
  attendance: string | null;
}

/** SQL for claim codes. */
@Injectable()
export class ClaimCodesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, code: NewClaimCode): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO claim_codes (achievement_id, session_id, code, expires_at,
         max_redemptions, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        code.achievementId,
        code.sessionId,
        code.code,
        code.expiresAt,
        code.maxRedemptions,
        code.createdById,
      ],
    );

    return rows[0]!.id;
  }

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ClaimCodeObject | null> {
    const rows: ClaimCodeObject[] = await manager.query(
      `${SELECT_CODE} WHERE c.id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  async findByCode(code: string): Promise<ClaimCodeObject | null> {
    const rows: ClaimCodeObject[] = await this.dataSource.query(
      `${SELECT_CODE} WHERE c.code = $1`,
      [code],
    );

    return rows[0] ?? null;
  }

  /** Newest first; a badge has few codes, so the list has no pages. */
  listByAchievement(achievementId: string): Promise<ClaimCodeObject[]> {
    return this.dataSource.query(
      `${SELECT_CODE} WHERE c.achievement_id = $1
        ORDER BY c.created_at DESC, c.id`,
      [achievementId],
    );
  }

  async revoke(manager: EntityManager, id: string): Promise<boolean> {
    // TypeORM returns an UPDATE's result as [rows, affected count].
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE claim_codes SET revoked_at = now()
        WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [id],
    );

    return rows.length === 1;
  }

  /**
   * Counts one redemption unless the code is revoked, expired or used up.
   * The row lock makes concurrent redemptions take turns, and each
   * re-checks the count it waited for, so the count never passes the limit.
   */
  async takeRedemption(manager: EntityManager, id: string): Promise<boolean> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE claim_codes SET redemption_count = redemption_count + 1
        WHERE id = $1 AND revoked_at IS NULL AND expires_at > now()
          AND (max_redemptions IS NULL
               OR redemption_count < max_redemptions)
        RETURNING id`,
      [id],
    );

    return rows.length === 1;
  }

  async stateOf(manager: EntityManager, id: string): Promise<ClaimCodeState> {
    const rows: ClaimCodeState[] = await manager.query(
      `SELECT revoked_at IS NOT NULL AS revoked, expires_at <= now() AS expired,
              max_redemptions IS NOT NULL
                AND redemption_count >= max_redemptions AS exhausted
         FROM claim_codes WHERE id = $1`,
      [id],
    );

    return rows[0]!;
  }

  async findSessionEntry(
    sessionId: string,
    userId: string,
  ): Promise<SessionEntry | null> {
    const rows: SessionEntry[] = await this.dataSource.query(
      `SELECT s.starts_at AS "startsAt", r.status::text AS status,
              r.attendance::text AS attendance
         FROM opportunity_sessions s
         LEFT JOIN registrations r
           ON r.session_id = s.id AND r.user_id = $2
        WHERE s.id = $1`,
      [sessionId, userId],
    );

    return rows[0] ?? null;
  }
}
