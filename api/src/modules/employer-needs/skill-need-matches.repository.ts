import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { SkillNeedMatchKind } from './dto/skill-need-match.model.js';

/** A match position: covered skill count, distance in metres and id. */
export interface MatchPosition {
  covered: number;
  distanceMetres: number;
  id: string;
}

export interface MatchRow {
  kind: SkillNeedMatchKind;
  id: string;
  covered: string[];
  distance: number;
}

export interface PathwaySuggestionRow {
  id: string;
  adds: string[];
  distance: number;
}

/**
 * The need `$1` as a one-row table. Matching conditions compare the
 * uncast `opportunities.location` column with `ST_DWithin` (on the sphere,
 * as `<->` measures), so the GiST index serves them.
 */
const NEED = `need AS (
  SELECT location, radius_m, skill_ids FROM skill_needs WHERE id = $1)`;

/** Published opportunities within the need's radius that build a need skill. */
const OPPORTUNITY_MATCHES = `
  SELECT 'OPPORTUNITY' AS kind, o.id,
         ARRAY(SELECT s.skill_id FROM opportunity_skills s
                WHERE s.opportunity_id = o.id AND s.skill_id = ANY(need.skill_ids)
                ORDER BY s.skill_id) AS covered,
         o.location <-> need.location AS distance
    FROM need JOIN opportunities o
      ON ST_DWithin(o.location, need.location, need.radius_m, false)
   WHERE o.status = 'published'
     AND EXISTS (SELECT 1 FROM opportunity_skills s
                  WHERE s.opportunity_id = o.id
                    AND s.skill_id = ANY(need.skill_ids))`;

/**
 * Published pathways sharing a need skill with a published opportunity
 * that awards one of their step badges within the radius, by the distance
 * of the nearest such opportunity.
 */
const PATHWAY_MATCHES = `
  SELECT 'PATHWAY' AS kind, p.id,
         ARRAY(SELECT k FROM unnest(p.skill_ids) k
                WHERE k = ANY(need.skill_ids) ORDER BY k) AS covered,
         min(o.location <-> need.location) AS distance
    FROM need
    JOIN pathways p ON p.status = 'published' AND p.skill_ids && need.skill_ids
    JOIN pathway_steps st ON st.pathway_id = p.id
    JOIN pathway_step_options so
      ON so.step_id = st.id AND so.achievement_id IS NOT NULL
    JOIN opportunities o
      ON o.achievement_id = so.achievement_id AND o.status = 'published'
     AND ST_DWithin(o.location, need.location, need.radius_m, false)
   GROUP BY p.id, p.skill_ids, need.skill_ids`;

/** SQL for what builds a need's skills near it. */
@Injectable()
export class SkillNeedMatchesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Up to `limit` matches of the need after `position`: most covered
   * skills first, then nearest, then by id.
   */
  findMatches(
    needId: string,
    limit: number,
    position: MatchPosition | null,
  ): Promise<MatchRow[]> {
    return this.dataSource.query(
      `WITH ${NEED},
       matches AS (${OPPORTUNITY_MATCHES} UNION ALL ${PATHWAY_MATCHES})
       SELECT kind, id, covered, distance FROM matches
        WHERE $2::int IS NULL
           OR cardinality(covered) < $2
           OR (cardinality(covered) = $2
               AND (distance, id) > ($3::float8, $4::uuid))
        ORDER BY cardinality(covered) DESC, distance, id
        LIMIT $5`,
      [
        needId,
        position?.covered ?? null,
        position?.distanceMetres ?? null,
        position?.id ?? null,
        limit,
      ],
    );
  }

  async countMatches(needId: string): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      `WITH ${NEED},
       matches AS (${OPPORTUNITY_MATCHES} UNION ALL ${PATHWAY_MATCHES})
       SELECT count(*)::int AS count FROM matches`,
      [needId],
    );

    return row!.count;
  }

  /**
   * Up to `limit` published pathways near the need that build at least one
   * of `missing`, leaving out those the learner completed: most missing
   * skills added first, then nearest, then by id.
   */
  findPathwaySuggestions(
    needId: string,
    userId: string,
    missing: readonly string[],
    limit: number,
  ): Promise<PathwaySuggestionRow[]> {
    return this.dataSource.query(
      `WITH ${NEED},
       near_pathways AS (
         SELECT p.id,
                ARRAY(SELECT k FROM unnest(p.skill_ids) k
                       WHERE k = ANY($3::text[]) ORDER BY k) AS adds,
                min(o.location <-> need.location) AS distance
           FROM need
           JOIN pathways p
             ON p.status = 'published' AND p.skill_ids && $3::text[]
           JOIN pathway_steps st ON st.pathway_id = p.id
           JOIN pathway_step_options so
             ON so.step_id = st.id AND so.achievement_id IS NOT NULL
           JOIN opportunities o
             ON o.achievement_id = so.achievement_id AND o.status = 'published'
            AND ST_DWithin(o.location, need.location, need.radius_m, false)
          WHERE NOT EXISTS (SELECT 1 FROM pathway_completions c
                             WHERE c.pathway_id = p.id AND c.user_id = $2)
          GROUP BY p.id, p.skill_ids)
       SELECT id, adds, distance FROM near_pathways
        ORDER BY cardinality(adds) DESC, distance, id
        LIMIT $4`,
      [needId, userId, missing, limit],
    );
  }
}
