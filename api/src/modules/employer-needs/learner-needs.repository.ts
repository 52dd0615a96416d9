import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { GeoPoint } from '../../common/geo/geo-point.model.js';
import type { SkillNeedModel } from './dto/skill-need.model.js';
import { SKILL_NEED_LIMITS } from './skill-need-input.js';
import {
  NEED_COLUMNS,
  NEED_FROM,
  type NeedRow,
  openNeedSql,
  pointSql,
  toSkillNeed,
} from './skill-need-sql.js';

export interface LearnerNeedHit {
  need: SkillNeedModel;
  held: number;
  distance: number;
}

export interface ConsentRow {
  employerId: string;
  createdAt: Date;
}

/** The widest radius a need may have, which bounds the index search. */
const MAX_RADIUS_METRES = SKILL_NEED_LIMITS.radiusKm.max * 1000;

/** SQL for a learner's side: consents and the needs near them. */
@Injectable()
export class LearnerNeedsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Up to `limit` open needs whose radius covers the point and that share
   * a skill with `held`, after the position: most held skills first, then
   * nearest, then by id. The first `ST_DWithin` uses the widest radius, so
   * the GiST index serves it; the second applies each need's own radius.
   */
  async findNear(
    point: GeoPoint,
    held: readonly string[],
    today: string,
    limit: number,
    position: { held: number; distance: number; id: string } | null,
  ): Promise<LearnerNeedHit[]> {
    const origin = pointSql('$1', '$2');
    const rows: (NeedRow & { held: number; distance: number })[] =
      await this.dataSource.query(
        `SELECT * FROM (
           SELECT ${NEED_COLUMNS},
                  cardinality(ARRAY(SELECT k FROM unnest(n.skill_ids) k
                                     WHERE k = ANY($3::text[])))::int AS held,
                  n.location <-> ${origin} AS distance
             FROM ${NEED_FROM}
            WHERE ${openNeedSql('$4')}
              AND ST_DWithin(n.location, ${origin}, $5, false)
              AND ST_DWithin(n.location, ${origin}, n.radius_m, false)
              AND n.skill_ids && $3::text[]) m
          WHERE $6::int IS NULL OR m.held < $6
             OR (m.held = $6 AND (m.distance, m.id) > ($7::float8, $8::uuid))
          ORDER BY m.held DESC, m.distance, m.id
          LIMIT $9`,
        [
          point.longitude,
          point.latitude,
          held,
          today,
          MAX_RADIUS_METRES,
          position?.held ?? null,
          position?.distance ?? null,
          position?.id ?? null,
          limit,
        ],
      );

    return rows.map((row) => ({
      need: toSkillNeed(row),
      held: row.held,
      distance: row.distance,
    }));
  }

  async countNear(
    point: GeoPoint,
    held: readonly string[],
    today: string,
  ): Promise<number> {
    const origin = pointSql('$1', '$2');
    const [row]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM skill_needs n
        WHERE ${openNeedSql('$4')}
          AND ST_DWithin(n.location, ${origin}, $5, false)
          AND ST_DWithin(n.location, ${origin}, n.radius_m, false)
          AND n.skill_ids && $3::text[]`,
      [point.longitude, point.latitude, held, today, MAX_RADIUS_METRES],
    );

    return row!.count;
  }

  /** Returns the point of the learner's home place, or null when none is set. */
  async findHomePoint(userId: string): Promise<GeoPoint | null> {
    const rows: GeoPoint[] = await this.dataSource.query(
      `SELECT ST_Y(p.location::geometry) AS latitude,
              ST_X(p.location::geometry) AS longitude
         FROM users u JOIN places p ON p.id = u.home_place_id
        WHERE u.id = $1`,
      [userId],
    );

    return rows[0] ?? null;
  }

  async findLearner(
    userId: string,
  ): Promise<{ employerContact: boolean; birthYear: number } | null> {
    const rows: { employerContact: boolean; birthYear: number }[] =
      await this.dataSource.query(
        `SELECT employer_contact AS "employerContact", birth_year AS "birthYear"
           FROM users WHERE id = $1`,
        [userId],
      );

    return rows[0] ?? null;
  }

  /** Inserts a consent unless it exists; returns it and whether it is new. */
  async insertConsent(
    userId: string,
    employerId: string,
  ): Promise<{ consent: ConsentRow; created: boolean }> {
    const inserted: ConsentRow[] = await this.dataSource.query(
      `INSERT INTO employer_contact_consents (user_id, employer_id)
       VALUES ($1, $2) ON CONFLICT DO NOTHING
       RETURNING employer_id AS "employerId", created_at AS "createdAt"`,
      [userId, employerId],
    );
    if (inserted[0] !== undefined) {
      return { consent: inserted[0], created: true };
    }
    const [existing]: ConsentRow[] = await this.dataSource.query(
      `SELECT employer_id AS "employerId", created_at AS "createdAt"
         FROM employer_contact_consents
        WHERE user_id = $1 AND employer_id = $2`,
      [userId, employerId],
    );

    // A withdrawal between the two statements removed it, so insert again.
    if (existing === undefined) return this.insertConsent(userId, employerId);

    return { consent: existing, created: false };
  }

  async deleteConsent(userId: string, employerId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM employer_contact_consents
        WHERE user_id = $1 AND employer_id = $2`,
      [userId, employerId],
    );

    return count > 0;
  }

  findConsents(userId: string): Promise<ConsentRow[]> {
    return this.dataSource.query(
      `SELECT employer_id AS "employerId", created_at AS "createdAt"
         FROM employer_contact_consents WHERE user_id = $1
        ORDER BY created_at DESC, employer_id`,
      [userId],
    );
  }
}
