import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type {
  SkillNeedMarker,
  SkillNeedModel,
} from './dto/skill-need.model.js';
import type { SkillNeedStatus } from './skill-need.entity.js';
import {
  NEED_COLUMNS,
  NEED_FROM,
  type NeedRow,
  pointSql,
  SqlParameters,
  toSkillNeed,
} from './skill-need-sql.js';

/** A skill need's fields as the service stores them, its place resolved. */
export interface StoredNeedFields {
  title: string;
  description: string;
  skillIds: string[];
  escoSkillUris: string[];
  latitude: number;
  longitude: number;
  placeId: number | null;
  radiusMetres: number;
  openings: number;
  closesOn: string;
  applyUrl: string;
  status: SkillNeedStatus;
}

/** The organisation fields that decide who may post needs for it. */
export interface EmployerFacts {
  id: string;
  name: string;
  kind: string;
  verified: boolean;
}

export interface GazetteerPlace {
  id: number;
  name: string;
  latitude: number;
  longitude: number;
}

/** Gazetteer places within this distance name a point on the map. */
const PLACE_RADIUS_METRES = 50_000;

/** SQL for reading and writing skill needs. */
@Injectable()
export class SkillNeedsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    employerId: string,
    createdById: string,
    fields: StoredNeedFields,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO skill_needs (employer_id, created_by_id, title, description,
         skill_ids, esco_skill_uris, location, place_id, radius_m, openings,
         closes_on, apply_url, status)
       VALUES ($1, $2, $3, $4, $5::text[], $6::text[], ${pointSql('$7', '$8')},
         $9, $10, $11, $12::date, $13, $14)
       RETURNING id`,
      [employerId, createdById, ...fieldValues(fields)],
    );

    return row!.id;
  }

  async update(
    manager: EntityManager,
    id: string,
    fields: StoredNeedFields,
  ): Promise<void> {
    await manager.query(
      `UPDATE skill_needs SET title = $2, description = $3,
         skill_ids = $4::text[], esco_skill_uris = $5::text[],
         location = ${pointSql('$6', '$7')}, place_id = $8, radius_m = $9,
         openings = $10, closes_on = $11::date, apply_url = $12, status = $13,
         updated_at = now()
       WHERE id = $1`,
      [id, ...fieldValues(fields)],
    );
  }

  /**
   * The updates in the last day that changed where or what the need
   * reaches (its point, radius or skills), and when the oldest was made.
   */
  async recentReachChanges(
    id: string,
  ): Promise<{ count: number; oldest: Date | null }> {
    const [row]: { count: number; oldest: Date | null }[] =
      await this.dataSource.query(
        `SELECT count(*)::int AS count, min(created_at) AS oldest
           FROM audit_log
          WHERE subject_type = 'skill_need' AND subject_id = $1
            AND action = 'update'
            AND created_at > now() - interval '1 day'
            AND changes ?| ARRAY['location', 'radiusMetres', 'skillIds']`,
        [id],
      );

    return row!;
  }

  async findByIds(
    ids: readonly string[],
  ): Promise<Map<string, SkillNeedModel>> {
    const rows: NeedRow[] = await this.dataSource.query(
      `SELECT ${NEED_COLUMNS} FROM ${NEED_FROM} WHERE n.id = ANY($1::uuid[])`,
      [ids],
    );

    return new Map(rows.map((row) => [row.id, toSkillNeed(row)]));
  }

  async findOne(id: string): Promise<SkillNeedModel | null> {
    return (await this.findByIds([id])).get(id) ?? null;
  }

  /**
   * Runs a search built by `SkillNeedSearch`: the conditions on `n`, the
   * sort key and its direction, and a keyset condition after `position`.
   */
  async search(
    query: NeedQuery,
    limit: number,
  ): Promise<
    {
      need: SkillNeedModel;
      sortKey: number | string;
      distanceMetres: number | null;
    }[]
  > {
    const { params } = query;
    const rows: (NeedRow & {
      sort_key: number | string;
      distance: number | null;
    })[] = await this.dataSource.query(
      `SELECT ${NEED_COLUMNS}, ${query.key} AS sort_key,
                ${query.distance ?? 'NULL::float8'} AS distance
           FROM ${NEED_FROM}
          WHERE ${query.conditions.join(' AND ')}
          ORDER BY ${query.key}, n.id
          LIMIT ${params.add(limit)}`,
      params.values,
    );

    return rows.map((row) => ({
      need: toSkillNeed(row),
      sortKey: row.sort_key,
      distanceMetres: row.distance,
    }));
  }

  async count(conditions: string[], values: unknown[]): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM skill_needs n
        WHERE ${conditions.join(' AND ')}`,
      values,
    );

    return row!.count;
  }

  async findMarkers(
    query: NeedQuery,
    limit: number,
  ): Promise<SkillNeedMarker[]> {
    const { params } = query;

    return this.dataSource.query(
      `SELECT n.id, n.title, ST_Y(n.location::geometry) AS latitude,
              ST_X(n.location::geometry) AS longitude,
              n.skill_ids AS "skillIds", o.name AS "employerName"
         FROM skill_needs n JOIN organisations o ON o.id = n.employer_id
        WHERE ${query.conditions.join(' AND ')}
        ORDER BY ${query.key}, n.id
        LIMIT ${params.add(limit)}`,
      params.values,
    );
  }

  async findEmployer(id: string): Promise<EmployerFacts | null> {
    const rows: EmployerFacts[] = await this.dataSource.query(
      `SELECT id, name, kind, verified_at IS NOT NULL AS verified
         FROM organisations WHERE id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  /** Finds a gazetteer place by id with its point in degrees. */
  async findPlace(id: number): Promise<GazetteerPlace | null> {
    const rows: GazetteerPlace[] = await this.dataSource.query(
      `SELECT id, name, ST_Y(location::geometry) AS latitude,
              ST_X(location::geometry) AS longitude
         FROM places WHERE id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  /** Finds the gazetteer place nearest the point, within 50 km. */
  async findNearestPlace(
    latitude: number,
    longitude: number,
  ): Promise<GazetteerPlace | null> {
    const origin = pointSql('$2', '$1');
    const rows: GazetteerPlace[] = await this.dataSource.query(
      `SELECT id, name, ST_Y(location::geometry) AS latitude,
              ST_X(location::geometry) AS longitude
         FROM places
        WHERE ST_DWithin(location, ${origin}, $3, false)
        ORDER BY location <-> ${origin}
        LIMIT 1`,
      [latitude, longitude, PLACE_RADIUS_METRES],
    );

    return rows[0] ?? null;
  }
}

/** A search of needs as SQL pieces over table `skill_needs n`. */
export interface NeedQuery {
  params: SqlParameters;
  conditions: string[];
  /** The sort key, ascending; the keyset compares it with `n.id`. */
  key: string;
  /** The distance in metres from the search point, when there is one. */
  distance: string | null;
}

function fieldValues(fields: StoredNeedFields): unknown[] {
  return [
    fields.title,
    fields.description,
    fields.skillIds,
    fields.escoSkillUris,
    fields.longitude,
    fields.latitude,
    fields.placeId,
    fields.radiusMetres,
    fields.openings,
    fields.closesOn,
    fields.applyUrl,
    fields.status,
  ];
}
