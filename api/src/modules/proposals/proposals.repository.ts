import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { CursorPosition } from '../../common/pagination/cursor.js';
import type { SearchCriteria } from '../opportunities/search/search-criteria.js';
import type {
  ProposalModel,
  ProposalOrganisationModel,
} from './dto/proposal.model.js';
import type { ProposalKind, ProposalStatus } from './proposal.entity.js';
import {
  PROPOSAL_COLUMNS,
  PROPOSAL_FROM,
  type ProposalRow,
  proposalVisibleSql,
  SqlParameters,
  toProposal,
  type ViewerScope,
} from './proposal-sql.js';

/** A proposal's fields as the service stores them, with its place resolved. */
export interface StoredProposalFields {
  kind: ProposalKind;
  title: string;
  description: string;
  latitude: number;
  longitude: number;
  placeId: number | null;
  placeName: string | null;
  sdgs: number[];
  skills: string[];
}

/** A proposal search: the criteria plus the filters proposals add. */
export interface ProposalSearch {
  criteria: SearchCriteria;
  kinds: ProposalKind[] | null;
  statuses: ProposalStatus[];
}

export interface ProposalHit {
  proposal: ProposalModel;
  sortKey: number;
}

/** Gazetteer places within this distance name a point on the map. */
const PLACE_RADIUS_METRES = 50_000;

/** `created_at` in microseconds since 1970, exact in a float8 until 2255. */
const CREATED_KEY =
  '(extract(epoch FROM p.created_at) * 1000000)::bigint::float8';

/** SQL for proposals and their supports. */
@Injectable()
export class ProposalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    authorId: string,
    fields: StoredProposalFields,
  ): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO proposals (author_id, kind, title, description, location,
         place_id, place_name, sdg_numbers, skill_ids)
       VALUES ($1, $2, $3, $4,
         ST_SetSRID(ST_MakePoint($6, $5), 4326)::geography,
         $7, $8, $9::smallint[], $10::text[])
       RETURNING id`,
      [authorId, ...fieldValues(fields)],
    );

    return row!.id;
  }

  async update(id: string, fields: StoredProposalFields): Promise<void> {
    await this.dataSource.query(
      `UPDATE proposals SET kind = $2, title = $3, description = $4,
         location = ST_SetSRID(ST_MakePoint($6, $5), 4326)::geography,
         place_id = $7, place_name = $8, sdg_numbers = $9::smallint[],
         skill_ids = $10::text[], updated_at = now()
       WHERE id = $1`,
      [id, ...fieldValues(fields)],
    );
  }

  async setStatus(
    id: string,
    status: ProposalStatus,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      'UPDATE proposals SET status = $2, updated_at = now() WHERE id = $1',
      [id, status],
    );
  }

  /** Finds proposals by id whether hidden or not; callers check visibility. */
  async findByIds(ids: readonly string[]): Promise<Map<string, ProposalModel>> {
    const rows: ProposalRow[] = await this.dataSource.query(
      `SELECT ${PROPOSAL_COLUMNS} FROM ${PROPOSAL_FROM}
        WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );

    return new Map(rows.map((row) => [row.id, toProposal(row)]));
  }

  async findOne(id: string): Promise<ProposalModel | null> {
    return (await this.findByIds([id])).get(id) ?? null;
  }

  /**
   * Lists the proposals the viewer may see that match the search: nearest
   * first when it has a `near` point, else newest first.
   */
  async search(
    search: ProposalSearch,
    viewer: ViewerScope,
    limit: number,
    position: CursorPosition | null,
  ): Promise<ProposalHit[]> {
    const params = new SqlParameters();
    const conditions = searchConditions(search, params);
    conditions.push(proposalVisibleSql(params, viewer));
    const { criteria } = search;
    const origin = criteria.reportsDistance
      ? originSql(criteria, params)
      : null;
    const key = origin === null ? CREATED_KEY : `(p.location <-> ${origin})`;
    if (position !== null) {
      const comparison = origin === null ? '<' : '>';
      conditions.push(
        `(${key}, p.id) ${comparison} (${params.add(position.key)}::float8, ${params.add(position.id)}::uuid)`,
      );
    }
    const direction = origin === null ? 'DESC' : 'ASC';
    const rows: (ProposalRow & { sort_key: number })[] =
      await this.dataSource.query(
        `SELECT ${PROPOSAL_COLUMNS}, ${key} AS sort_key FROM ${PROPOSAL_FROM}
          WHERE ${conditions.join(' AND ')}
          ORDER BY ${key} ${direction}, p.id ${direction}
          LIMIT ${params.add(limit)}`,
        params.values,
      );

    return rows.map((row) => ({
      proposal: toProposal(row),
      sortKey: row.sort_key,
    }));
  }

  async addSupport(proposalId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO proposal_supports (proposal_id, user_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING RETURNING proposal_id`,
      [proposalId, userId],
    );

    return rows.length > 0;
  }

  async removeSupport(proposalId: string, userId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      'DELETE FROM proposal_supports WHERE proposal_id = $1 AND user_id = $2',
      [proposalId, userId],
    );

    return count > 0;
  }

  /** Finds which of the proposals the user supports. */
  async findSupported(
    userId: string,
    proposalIds: readonly string[],
  ): Promise<Map<string, boolean>> {
    const rows: { proposal_id: string }[] = await this.dataSource.query(
      `SELECT proposal_id FROM proposal_supports
        WHERE user_id = $1 AND proposal_id = ANY($2::uuid[])`,
      [userId, proposalIds],
    );

    return new Map(rows.map((row) => [row.proposal_id, true]));
  }

  /** Lists the providers and councils where the user is an owner or editor. */
  findSpeakingOrganisations(
    userId: string,
  ): Promise<ProposalOrganisationModel[]> {
    return this.dataSource.query(
      `SELECT o.id, o.name, o.kind FROM organisations o
         JOIN organisation_members m ON m.organisation_id = o.id
        WHERE m.user_id = $1 AND m.role IN ('owner', 'editor')
          AND o.kind IN ('provider', 'council')
        ORDER BY o.name, o.id`,
      [userId],
    );
  }

  /** Finds a gazetteer place by id with its point in degrees. */
  async findPlace(
    id: number,
  ): Promise<{ name: string; latitude: number; longitude: number } | null> {
    const rows: { name: string; latitude: number; longitude: number }[] =
      await this.dataSource.query(
        `SELECT name, ST_Y(location::geometry) AS latitude,
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
  ): Promise<{ id: number; name: string } | null> {
    const rows: { id: number; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM places
        WHERE ST_DWithin(location,
                ST_SetSRID(ST_MakePoint($2, $1), 4326)::geography, $3, false)
        ORDER BY location <-> ST_SetSRID(ST_MakePoint($2, $1), 4326)::geography
        LIMIT 1`,
      [latitude, longitude, PLACE_RADIUS_METRES],
    );

    return rows[0] ?? null;
  }
}

function fieldValues(fields: StoredProposalFields): unknown[] {
  return [
    fields.kind,
    fields.title,
    fields.description,
    fields.latitude,
    fields.longitude,
    fields.placeId,
    fields.placeName,
    fields.sdgs,
    fields.skills,
  ];
}

function originSql(criteria: SearchCriteria, params: SqlParameters): string {
  const origin = criteria.origin!;

  // PostGIS takes longitude first.
  return `ST_SetSRID(ST_MakePoint(${params.add(origin.longitude)}, ${params.add(origin.latitude)}), 4326)::geography`;
}

/**
 * Builds the search conditions. Spatial ones compare the uncast column (or
 * `location::geometry`, which has its own index) so that an index serves them.
 */
function searchConditions(
  { criteria, kinds, statuses }: ProposalSearch,
  params: SqlParameters,
): string[] {
  const conditions = [
    `p.status = ANY(${params.add(statuses)}::proposal_status[])`,
  ];
  if (criteria.reportsDistance && criteria.radiusMetres !== null) {
    // use_spheroid = false matches the sphere distance of `<->` used to sort.
    conditions.push(
      `ST_DWithin(p.location, ${originSql(criteria, params)}, ${params.add(criteria.radiusMetres)}, false)`,
    );
  }
  if (criteria.boxes.length > 0) {
    const boxes = criteria.boxes.map(
      (box) =>
        `p.location::geometry && ST_MakeEnvelope(${params.add(box.west)}, ${params.add(box.south)}, ${params.add(box.east)}, ${params.add(box.north)}, 4326)`,
    );
    conditions.push(`(${boxes.join(' OR ')})`);
  }
  const { sdgs, skills } = criteria.filter;
  if (sdgs) {
    conditions.push(`p.sdg_numbers && ${params.add(sdgs)}::smallint[]`);
  }
  if (skills) conditions.push(`p.skill_ids && ${params.add(skills)}::text[]`);
  if (kinds) {
    conditions.push(`p.kind = ANY(${params.add(kinds)}::proposal_kind[])`);
  }

  return conditions;
}
