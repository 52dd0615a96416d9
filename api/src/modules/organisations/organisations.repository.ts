import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { CursorPosition } from '../../common/pagination/cursor.js';
import type { OrganisationModel } from './dto/organisation.model.js';
import { OrganisationKind } from './organisation.entity.js';

interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  description: string;
  website: string | null;
}

const COLUMNS = 'id, name, kind, description, website';

/** SQL for organisations. */
@Injectable()
export class OrganisationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByIds(
    ids: readonly string[],
  ): Promise<Map<string, OrganisationModel>> {
    const rows: OrganisationRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM organisations WHERE id = ANY($1::uuid[])`,
      [ids],
    );

    return new Map(rows.map((row) => [row.id, row]));
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
      `SELECT ${COLUMNS} FROM organisations
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
