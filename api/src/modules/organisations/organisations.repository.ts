import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { CursorPosition } from '../../common/pagination/cursor.js';
import type { OrganisationModel } from './dto/organisation.model.js';
import { OrganisationKind } from './organisation.entity.js';

export const ORGANISATION_COLUMNS =
  'id, name, slug, kind, description, website, verified_at AS "verifiedAt", created_at AS "createdAt"';

/** The editable fields of an organisation row. */
export interface OrganisationFields {
  name: string;
  description: string;
  website: string | null;
}

export type NewOrganisationFields = OrganisationFields & {
  kind: OrganisationKind;
};

/** SQL for organisations. */
@Injectable()
export class OrganisationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByIds(
    ids: readonly string[],
  ): Promise<Map<string, OrganisationModel>> {
    const rows: OrganisationModel[] = await this.dataSource.query(
      `SELECT ${ORGANISATION_COLUMNS} FROM organisations
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );

    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Councils' areas as GeoJSON MultiPolygon text, by organisation id. */
  async findAreasByIds(ids: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; area: string }[] = await this.dataSource.query(
      `SELECT id, ST_AsGeoJSON(area) AS area FROM organisations
        WHERE id = ANY($1::uuid[]) AND area IS NOT NULL`,
      [ids],
    );

    return new Map(rows.map((row) => [row.id, row.area]));
  }

  /**
   * Verified councils whose area contains the point or has it on its
   * border. Unverified councils are left out because they may not moderate.
   */
  findCouncilsCovering(
    longitude: number,
    latitude: number,
  ): Promise<OrganisationModel[]> {
    return this.dataSource.query(
      `SELECT ${ORGANISATION_COLUMNS} FROM organisations
        WHERE kind = $1 AND verified_at IS NOT NULL
          AND ST_Covers(area, ST_SetSRID(ST_MakePoint($2, $3), 4326))
        ORDER BY name, id`,
      [OrganisationKind.COUNCIL, longitude, latitude],
    );
  }

  /** Slugs equal to `base` or `base` with a numeric suffix. */
  async findSlugsLike(manager: EntityManager, base: string): Promise<string[]> {
    const rows: { slug: string }[] = await manager.query(
      `SELECT slug FROM organisations WHERE slug ~ $1`,
      [`^${base}(-[0-9]+)?$`],
    );

    return rows.map((row) => row.slug);
  }

  async insert(
    manager: EntityManager,
    fields: NewOrganisationFields & { slug: string },
  ): Promise<OrganisationModel> {
    const [row]: OrganisationModel[] = await manager.query(
      `INSERT INTO organisations (name, slug, kind, description, website)
       VALUES ($1, $2, $3, $4, $5)
       RETURNING ${ORGANISATION_COLUMNS}`,
      [
        fields.name,
        fields.slug,
        fields.kind,
        fields.description,
        fields.website,
      ],
    );

    return row!;
  }

  /** Reads an organisation and locks it until the transaction ends. */
  async lock(
    manager: EntityManager,
    id: string,
  ): Promise<OrganisationModel | null> {
    const [row]: OrganisationModel[] = await manager.query(
      `SELECT ${ORGANISATION_COLUMNS} FROM organisations WHERE id = $1
         FOR UPDATE`,
      [id],
    );

    return row ?? null;
  }

  async update(
    manager: EntityManager,
    id: string,
    fields: OrganisationFields,
  ): Promise<OrganisationModel> {
    const [rows]: [OrganisationModel[], number] = await manager.query(
      `UPDATE organisations
          SET name = $2, description = $3, website = $4, updated_at = now()
        WHERE id = $1
        RETURNING ${ORGANISATION_COLUMNS}`,
      [id, fields.name, fields.description, fields.website],
    );

    return rows[0]!;
  }

  /** Lists providers by name, after `position` when given. */
  async findProviders(
    limit: number,
    position: CursorPosition | null,
  ): Promise<OrganisationModel[]> {
    const params: unknown[] = [OrganisationKind.PROVIDER, limit];
    let after = '';
    if (position !== null) {
      params.push(position.key, position.id);
      after = 'AND (name, id) > ($3, $4::uuid)';
    }

    return this.dataSource.query(
      `SELECT ${ORGANISATION_COLUMNS} FROM organisations
        WHERE kind = $1 ${after}
        ORDER BY name, id
        LIMIT $2`,
      params,
    );
  }

  async countProviders(): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM organisations WHERE kind = $1',
      [OrganisationKind.PROVIDER],
    );

    return row?.count ?? 0;
  }
}
