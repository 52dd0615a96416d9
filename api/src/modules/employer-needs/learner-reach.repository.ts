import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { verifiedAddressesSql } from '../accounts/learner-addresses.service.js';

/**
 * Builds the condition that credential `c` is a valid badge issued here to
 * the learner whose id is `userId`, or to one of their verified addresses:
 * active (not revoked or suspended), already valid and not expired.
 */
export function validBadgeOf(userId: string): string {
  return `c.type = 'open_badge'
    AND (c.recipient_user_id = ${userId}
         OR c.recipient_email IN ${verifiedAddressesSql(userId)})
    AND c.status = 'active' AND c.valid_from <= now()
    AND (c.valid_until IS NULL OR c.valid_until > now())`;
}

/**
 * The need skills that valid badges of learner `u` cover, in skill id
 * order, with the need as `need`.
 */
const COVERED = `ARRAY(SELECT DISTINCT k.skill_id
           FROM credentials c
           JOIN achievement_skills k ON k.achievement_id = c.achievement_id
          WHERE ${validBadgeOf('u.id')}
            AND k.skill_id = ANY(need.skill_ids)
          ORDER BY k.skill_id)`;

/**
 * Learners near the need `$1` who allow employer contact and hold a valid
 * badge aligned to a need skill: the people `learnerCount` counts. Only
 * the home place, a gazetteer town or suburb, locates a learner.
 */
const REACHED = `need AS (
    SELECT location, radius_m, skill_ids FROM skill_needs WHERE id = $1),
  reached AS (
    SELECT u.id
      FROM need
      JOIN places pl
        ON ST_DWithin(pl.location, need.location, need.radius_m, false)
      JOIN users u ON u.home_place_id = pl.id AND u.employer_contact
     WHERE EXISTS (
       SELECT 1 FROM credentials c
         JOIN achievement_skills k ON k.achievement_id = c.achievement_id
        WHERE ${validBadgeOf('u.id')}
          AND k.skill_id = ANY(need.skill_ids)))`;

/**
 * Learners who allowed the employer of need `$1` to contact them, have
 * employer contact on and hold a valid badge aligned to a need skill,
 * wherever they live. Where a learner lives plays no part, so that moving
 * a need cannot reveal who lives inside its radius.
 */
const CONTACTS = `need AS (
    SELECT employer_id, skill_ids FROM skill_needs WHERE id = $1),
  consenting AS (
    SELECT u.id, u.name, u.email, u.birth_year, u.share_location,
           pl.name AS place_name, ${COVERED} AS covered,
           ec.created_at AS consented_at,
           (extract(epoch FROM ec.created_at) * 1000000)::bigint
             AS consented_micros
      FROM need
      JOIN employer_contact_consents ec ON ec.employer_id = need.employer_id
      JOIN users u ON u.id = ec.user_id AND u.employer_contact
      LEFT JOIN places pl ON pl.id = u.home_place_id),
  contacts AS (SELECT * FROM consenting WHERE cardinality(covered) > 0)`;

/** A contact position: covered skill count, consent time in microseconds, id. */
export interface ContactPosition {
  covered: number;
  consentedMicros: string;
  id: string;
}

export interface ContactRow {
  id: string;
  name: string;
  email: string;
  birth_year: number;
  share_location: boolean;
  /** The home place's name; null without a home place. */
  place_name: string | null;
  covered: string[];
  consented_at: Date;
  consented_micros: string;
}

export interface ContactBadgeRow {
  user_id: string;
  name: string;
  issuer_name: string;
  issued_at: Date;
  skills: string[];
}

/** SQL for the learners a need counts and reaches, and what they hold. */
@Injectable()
export class LearnerReachRepository {
  constructor(private readonly dataSource: DataSource) {}

  async countReached(needId: string): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      `WITH ${REACHED} SELECT count(*)::int AS count FROM reached`,
      [needId],
    );

    return row!.count;
  }

  /**
   * Up to `limit` contacts of the need after `position`: most covered
   * skills first, then earliest consent.
   */
  findContacts(
    needId: string,
    limit: number,
    position: ContactPosition | null,
  ): Promise<ContactRow[]> {
    return this.dataSource.query(
      `WITH ${CONTACTS}
       SELECT id, name, email, birth_year, share_location, place_name, covered,
              consented_at, consented_micros::text AS consented_micros
         FROM contacts
        WHERE $2::int IS NULL
           OR cardinality(covered) < $2
           OR (cardinality(covered) = $2
               AND (consented_micros, id) > ($3::bigint, $4::uuid))
        ORDER BY cardinality(covered) DESC, consented_micros, id
        LIMIT $5`,
      [
        needId,
        position?.covered ?? null,
        position?.consentedMicros ?? null,
        position?.id ?? null,
        limit,
      ],
    );
  }

  async countContacts(needId: string): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      `WITH ${CONTACTS} SELECT count(*)::int AS count FROM contacts`,
      [needId],
    );

    return row!.count;
  }

  /** The valid badges of each learner aligned to `skillIds`, oldest first. */
  findAlignedBadges(
    userIds: readonly string[],
    skillIds: readonly string[],
  ): Promise<ContactBadgeRow[]> {
    return this.dataSource.query(
      `SELECT u.id AS user_id, a.name, o.name AS issuer_name,
              c.valid_from AS issued_at,
              ARRAY(SELECT k.skill_id FROM achievement_skills k
                     WHERE k.achievement_id = c.achievement_id
                       AND k.skill_id = ANY($2::text[])
                     ORDER BY k.skill_id) AS skills
         FROM users u
         JOIN credentials c ON ${validBadgeOf('u.id')}
         JOIN achievements a ON a.id = c.achievement_id
         JOIN organisations o ON o.id = c.organisation_id
        WHERE u.id = ANY($1::uuid[])
          AND EXISTS (SELECT 1 FROM achievement_skills k
                       WHERE k.achievement_id = c.achievement_id
                         AND k.skill_id = ANY($2::text[]))
        ORDER BY u.id, c.valid_from, c.id`,
      [userIds, skillIds],
    );
  }

  /** The skills of every valid badge issued here that the learner holds. */
  async findHeldSkills(userId: string): Promise<string[]> {
    const rows: { skill_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT k.skill_id
         FROM credentials c
         JOIN achievement_skills k ON k.achievement_id = c.achievement_id
        WHERE ${validBadgeOf('$1::uuid')}
        ORDER BY k.skill_id`,
      [userId],
    );

    return rows.map((row) => row.skill_id);
  }
}
