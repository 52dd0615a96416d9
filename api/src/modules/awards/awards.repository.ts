import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { verifiedAddressesSql } from '../accounts/learner-addresses.service.js';
import { Credential } from '../credentials/credential.entity.js';

export interface AchievementFacts {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  archived: boolean;
}

export interface RegistrationFacts {
  id: string;
  userId: string;
  email: string;
  status: string;
  attendance: string | null;
  sessionId: string;
  organisationId: string;
}

export interface EvidenceFileFacts {
  id: string;
  organisationId: string;
  purpose: string;
}

export interface AccountFacts {
  id: string;
  name: string;
  email: string;
  verified: boolean;
}

/** SQL for awarding: the facts an award is checked against, and locks. */
@Injectable()
export class AwardsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findAchievement(id: string): Promise<AchievementFacts | null> {
    const rows: AchievementFacts[] = await this.dataSource.query(
      `SELECT a.id, a.organisation_id AS "organisationId",
              o.name AS "organisationName", a.name,
              a.archived_at IS NOT NULL AS archived
         FROM achievements a JOIN organisations o ON o.id = a.organisation_id
        WHERE a.id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  async findRegistration(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RegistrationFacts | null> {
    const rows: RegistrationFacts[] = await manager.query(
      `SELECT r.id, r.user_id AS "userId", u.email, r.status::text AS status,
              r.attendance::text AS attendance, r.session_id AS "sessionId",
              o.provider_id AS "organisationId"
         FROM registrations r
         JOIN users u ON u.id = r.user_id
         JOIN opportunity_sessions s ON s.id = r.session_id
         JOIN opportunities o ON o.id = s.opportunity_id
        WHERE r.id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  /** Finds the organisation that runs the session; null for an unknown id. */
  async findSessionOrganisation(sessionId: string): Promise<string | null> {
    const rows: { organisationId: string }[] = await this.dataSource.query(
      `SELECT o.provider_id AS "organisationId"
         FROM opportunity_sessions s
         JOIN opportunities o ON o.id = s.opportunity_id
        WHERE s.id = $1`,
      [sessionId],
    );

    return rows[0]?.organisationId ?? null;
  }

  /** Registrations marked attended at the session, oldest first. */
  async findAttended(sessionId: string): Promise<RegistrationFacts[]> {
    return this.dataSource.query(
      `SELECT r.id, r.user_id AS "userId", u.email, r.status::text AS status,
              r.attendance::text AS attendance, r.session_id AS "sessionId",
              o.provider_id AS "organisationId"
         FROM registrations r
         JOIN users u ON u.id = r.user_id
         JOIN opportunity_sessions s ON s.id = r.session_id
         JOIN opportunities o ON o.id = s.opportunity_id
        WHERE r.session_id = $1 AND r.attendance = 'attended'
          AND r.status = 'registered'
        ORDER BY r.created_at, r.id`,
      [sessionId],
    );
  }

  async findFiles(ids: readonly string[]): Promise<EvidenceFileFacts[]> {
    if (ids.length === 0) return [];

    return this.dataSource.query(
      `SELECT id, organisation_id AS "organisationId", purpose::text AS purpose
         FROM stored_files WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async findAccountByEmail(email: string): Promise<AccountFacts | null> {
    // The account that verified the address, as primary or extra, comes
    // before an account that has it as an unverified primary address.
    const rows: AccountFacts[] = await this.dataSource.query(
      `SELECT u.id, u.name, u.email, true AS verified
         FROM user_emails e JOIN users u ON u.id = e.user_id
        WHERE e.email = $1 AND e.verified_at IS NOT NULL
       UNION ALL
       SELECT id, name, email, email_verified_at IS NOT NULL
         FROM users WHERE email = $1
       ORDER BY verified DESC LIMIT 1`,
      [email],
    );

    return rows[0] ?? null;
  }

  async findAccountById(id: string): Promise<AccountFacts | null> {
    const rows: AccountFacts[] = await this.dataSource.query(
      `SELECT id, name, email, email_verified_at IS NOT NULL AS verified
         FROM users WHERE id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  /**
   * Holds a transaction-scoped lock on `key`, so that concurrent awards of
   * the same key or recipient run one after the other.
   */
  async lock(manager: EntityManager, key: string): Promise<void> {
    await manager.query(
      'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
      [key],
    );
  }

  findByIdempotencyKey(
    manager: EntityManager,
    organisationId: string,
    idempotencyKey: string,
  ): Promise<Credential | null> {
    return manager.findOne(Credential, {
      where: { organisationId, idempotencyKey },
    });
  }

  findByRegistration(
    manager: EntityManager,
    achievementId: string,
    registrationId: string,
  ): Promise<Credential | null> {
    return manager.findOne(Credential, {
      where: { achievementId, registrationId },
    });
  }

  /**
   * An unrevoked credential of the badge held by the person: sent to the
   * address, to the account, or to the account's verified address.
   */
  async findUnrevokedForRecipient(
    manager: EntityManager,
    achievementId: string,
    userId: string | null,
    email: string,
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `SELECT c.id FROM credentials c
        WHERE c.achievement_id = $1 AND c.type = 'open_badge'
          AND c.status <> 'revoked'
          AND (c.recipient_email = $3
               OR c.recipient_user_id = $2::uuid
               OR c.recipient_email IN ${verifiedAddressesSql('$2::uuid')})
        ORDER BY c.created_at LIMIT 1`,
      [achievementId, userId, email],
    );

    return rows[0]?.id ?? null;
  }

  /** Badges of the achievement issued for registrations at the session. */
  findSessionAwards(
    sessionId: string,
    achievementId: string,
  ): Promise<
    { registrationId: string; credentialId: string; status: string }[]
  > {
    return this.dataSource.query(
      `SELECT c.registration_id AS "registrationId",
              c.id AS "credentialId", c.status::text AS status
         FROM credentials c
         JOIN registrations r ON r.id = c.registration_id
        WHERE r.session_id = $1 AND c.achievement_id = $2
        ORDER BY c.created_at, c.id`,
      [sessionId, achievementId],
    );
  }
}
