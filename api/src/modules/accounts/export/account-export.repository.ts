import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { verifiedAddressesSql } from '../learner-addresses.service.js';

/**
 * SQL that reads everything stored about one user, for the data export.
 * It leaves out password hashes and token digests, which are secrets of
 * the server rather than the user's data.
 */
@Injectable()
export class AccountExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  async account(userId: string): Promise<Record<string, unknown> | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.email_verified_at AS "emailVerifiedAt", u.name,
              u.birth_year AS "birthYear",
              u.profile_visibility AS "profileVisibility",
              u.employer_contact AS "employerContact",
              u.share_location AS "shareLocation",
              CASE WHEN p.id IS NOT NULL
                   THEN json_build_object('id', p.id::text, 'name', p.name)
              END AS "homePlace",
              u.is_admin AS "isAdmin",
              u.created_at AS "createdAt", u.updated_at AS "updatedAt"
         FROM users u LEFT JOIN places p ON p.id = u.home_place_id
        WHERE u.id = $1`,
      [userId],
    );

    return rows[0] ?? null;
  }

  /** Employers the user allows to contact them. */
  async employerContactConsents(
    userId: string,
  ): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT c.employer_id AS "employerId", o.name AS "employerName",
              c.created_at AS "createdAt"
         FROM employer_contact_consents c
         JOIN organisations o ON o.id = c.employer_id
        WHERE c.user_id = $1
        ORDER BY c.created_at, c.employer_id`,
      [userId],
    );
  }

  async sessions(userId: string): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT id, user_agent AS "userAgent", created_at AS "createdAt",
              last_used_at AS "lastUsedAt", expires_at AS "expiresAt"
         FROM user_sessions WHERE user_id = $1
        ORDER BY created_at`,
      [userId],
    );
  }

  /** E-mailed links: their purpose, address and dates. */
  async emailLinks(userId: string): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT id, purpose, email, created_at AS "createdAt",
              expires_at AS "expiresAt", used_at AS "usedAt"
         FROM user_tokens WHERE user_id = $1
        ORDER BY created_at`,
      [userId],
    );
  }

  /** Extra addresses of the account, verified or not. */
  async emailAddresses(userId: string): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT id, email, verified_at AS "verifiedAt", created_at AS "createdAt"
         FROM user_emails WHERE user_id = $1
        ORDER BY created_at, id`,
      [userId],
    );
  }

  async memberships(userId: string): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT m.organisation_id AS "organisationId",
              o.name AS "organisationName", o.kind AS "organisationKind",
              m.role, m.created_at AS "createdAt"
         FROM organisation_members m
         JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = $1
        ORDER BY o.name`,
      [userId],
    );
  }

  async registrations(userId: string): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT r.id, r.status, r.attendance,
              r.attendance_marked_at AS "attendanceMarkedAt",
              r.created_at AS "createdAt", r.updated_at AS "updatedAt",
              r.withdrawn_at AS "withdrawnAt",
              o.id AS "opportunityId", o.title AS "opportunityTitle",
              s.id AS "sessionId", s.starts_at AS "sessionStartsAt",
              s.ends_at AS "sessionEndsAt", s.time_zone AS "sessionTimeZone"
         FROM registrations r
         JOIN opportunity_sessions s ON s.id = r.session_id
         JOIN opportunities o ON o.id = s.opportunity_id
        WHERE r.user_id = $1
        ORDER BY s.starts_at, r.created_at`,
      [userId],
    );
  }

  /** Audit entries of changes the user made. */
  async auditEntries(userId: string): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT id::text, organisation_id AS "organisationId",
              subject_type AS "subjectType", subject_id AS "subjectId",
              action, changes, created_at AS "createdAt"
         FROM audit_log WHERE actor_id = $1
        ORDER BY created_at, id`,
      [userId],
    );
  }

  /**
   * Badges the user holds: issued to the account or to its verified
   * address, with the signed document as issued.
   */
  async credentials(userId: string): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT c.id, a.name AS "badgeName",
              json_build_object('id', o.id, 'name', o.name) AS issuer,
              c.valid_from AS "issuedAt", c.valid_until AS "validUntil",
              c.status, c.shared_at IS NOT NULL AS shared,
              c.document -> 'credentialSubject' ->> 'narrative' AS narrative,
              COALESCE((SELECT json_agg(json_build_object(
                         'name', e.name, 'narrative', e.narrative,
                         'url', e.url, 'fileId', e.file_id)
                         ORDER BY e.position)
                  FROM credential_evidence e
                 WHERE e.credential_id = c.id), '[]') AS evidence,
              c.document
         FROM credentials c
         JOIN achievements a ON a.id = c.achievement_id
         JOIN organisations o ON o.id = c.organisation_id
        WHERE c.type = 'open_badge'
          AND (c.recipient_user_id = $1
               OR c.recipient_email IN ${verifiedAddressesSql('$1')})
        ORDER BY c.valid_from, c.id`,
      [userId],
    );
  }
}
