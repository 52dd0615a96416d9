import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { GeoPoint } from '../../common/geo/geo-point.model.js';
import type { CursorPosition } from '../../common/pagination/cursor.js';

// PostGIS takes longitude first.
const ORIGIN = 'ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography';

export interface StepOpportunityRow {
  stepId: string;
  opportunityId: string;
  distanceMetres: number | null;
}

/**
 * Spatial SQL of pathways. Conditions compare the uncast
 * `opportunities.location` column with `ST_DWithin` and sort with `<->`,
 * so the GiST index on it serves them, as in the opportunity search.
 */
@Injectable()
export class PathwayPlacesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Published pathways with a published opportunity that awards one of
   * their step badges within `radiusMetres`, by the distance to the
   * nearest such opportunity.
   */
  async findNear(
    origin: GeoPoint,
    radiusMetres: number,
    limit: number,
    position: CursorPosition | null,
  ): Promise<{ pathwayId: string; distanceMetres: number }[]> {
    return this.dataSource.query(
      `WITH step_badges AS (
         SELECT DISTINCT s.pathway_id, o.achievement_id
           FROM pathway_step_options o
           JOIN pathway_steps s ON s.id = o.step_id
           JOIN pathways p ON p.id = s.pathway_id AND p.status = 'published'
          WHERE o.achievement_id IS NOT NULL)
       SELECT b.pathway_id AS "pathwayId",
              min(opp.location <-> ${ORIGIN}) AS "distanceMetres"
         FROM step_badges b
         JOIN opportunities opp ON opp.achievement_id = b.achievement_id
        WHERE opp.status = 'published'
          AND ST_DWithin(opp.location, ${ORIGIN}, $3, false)
        GROUP BY b.pathway_id
       HAVING $4::float8 IS NULL
           OR (min(opp.location <-> ${ORIGIN}), b.pathway_id)
              > ($4::float8, $5::uuid)
        ORDER BY 2, 1
        LIMIT $6`,
      [
        origin.longitude,
        origin.latitude,
        radiusMetres,
        position?.key ?? null,
        position?.id ?? null,
        limit,
      ],
    );
  }

  /**
   * Up to `limit` published opportunities per step that award one of the
   * step's badges: nearest first within `radiusMetres` of `origin`, or by
   * title without an origin.
   */
  async findForSteps(
    stepIds: readonly string[],
    origin: GeoPoint | null,
    radiusMetres: number,
    limit: number,
  ): Promise<StepOpportunityRow[]> {
    const stepBadges = `SELECT achievement_id FROM pathway_step_options
                         WHERE step_id = s.id AND achievement_id IS NOT NULL`;
    if (origin === null) {
      return this.dataSource.query(
        `SELECT s.id AS "stepId", n.id AS "opportunityId",
                NULL::float8 AS "distanceMetres"
           FROM pathway_steps s
           CROSS JOIN LATERAL (
             SELECT o.id FROM opportunities o
              WHERE o.status = 'published' AND o.achievement_id IN (${stepBadges})
              ORDER BY o.title, o.id LIMIT $2) n
          WHERE s.id = ANY($1::uuid[])
          ORDER BY s.position`,
        [stepIds, limit],
      );
    }

    return this.dataSource.query(
      `SELECT s.id AS "stepId", n.id AS "opportunityId",
              n.distance AS "distanceMetres"
         FROM pathway_steps s
         CROSS JOIN LATERAL (
           SELECT o.id, o.location <-> ${ORIGIN} AS distance
             FROM opportunities o
            WHERE o.status = 'published' AND o.achievement_id IN (${stepBadges})
              AND ST_DWithin(o.location, ${ORIGIN}, $3, false)
            ORDER BY o.location <-> ${ORIGIN}, o.id
            LIMIT $5) n
        WHERE s.id = ANY($4::uuid[])
        ORDER BY s.position, n.distance`,
      [origin.longitude, origin.latitude, radiusMetres, stepIds, limit],
    );
  }
}
