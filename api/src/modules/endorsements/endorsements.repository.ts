import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { EndorsementObject } from './dto/endorsement.type.js';
import {
  ENDORSEMENT_COLUMNS,
  type EndorsementRow,
  toEndorsement,
} from './endorsement-row.js';

export interface OrganisationFacts {
  id: string;
  name: string;
  kind: string;
  verified: boolean;
}

export interface EndorsedAchievementFacts {
  id: string;
  name: string;
  organisationId: string;
  archived: boolean;
}

/** SQL for endorsements, which are credentials of type endorsement. */
@Injectable()
export class EndorsementsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findOrganisation(id: string): Promise<OrganisationFacts | null> {
    const rows: OrganisationFacts[] = await this.dataSource.query(
      `SELECT id, name, kind::text AS kind,
              verified_at IS NOT NULL AS verified
         FROM organisations WHERE id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  async findAchievement(id: string): Promise<EndorsedAchievementFacts | null> {
    const rows: EndorsedAchievementFacts[] = await this.dataSource.query(
      `SELECT id, name, organisation_id AS "organisationId",
              archived_at IS NOT NULL AS archived
         FROM achievements WHERE id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EndorsementObject | null> {
    const rows: EndorsementRow[] = await manager.query(
      `SELECT ${ENDORSEMENT_COLUMNS} FROM credentials c
        WHERE c.id = $1 AND c.type = 'endorsement'`,
      [id],
    );

    return rows[0] === undefined ? null : toEndorsement(rows[0]);
  }

  async lock(manager: EntityManager, key: string): Promise<void> {
    await manager.query(
      'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
      [key],
    );
  }

  /** The endorser's endorsement of the same subject that is not revoked. */
  async findUnrevoked(
    manager: EntityManager,
    endorserId: string,
    subject: { achievementId?: string; endorsedOrganisationId?: string },
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM credentials
        WHERE type = 'endorsement' AND organisation_id = $1
          AND status <> 'revoked'
          AND achievement_id IS NOT DISTINCT FROM $2
          AND endorsed_organisation_id IS NOT DISTINCT FROM $3
        LIMIT 1`,
      [
        endorserId,
        subject.achievementId ?? null,
        subject.endorsedOrganisationId ?? null,
      ],
    );

    return rows[0]?.id ?? null;
  }

  /** Active endorsements by endorsed achievement, oldest first. */
  activeByAchievementIds(ids: readonly string[]) {
    return this.activeBy('achievement_id', ids);
  }

  /** Active endorsements by endorsed organisation, oldest first. */
  activeByOrganisationIds(ids: readonly string[]) {
    return this.activeBy('endorsed_organisation_id', ids);
  }

  async findByIds(
    ids: readonly string[],
  ): Promise<Map<string, EndorsementObject>> {
    const rows: EndorsementRow[] = await this.dataSource.query(
      `SELECT ${ENDORSEMENT_COLUMNS} FROM credentials c
        WHERE c.id = ANY($1::uuid[]) AND c.type = 'endorsement'`,
      [ids],
    );

    return new Map(rows.map((row) => [row.id, toEndorsement(row)]));
  }

  private async activeBy(
    column: 'achievement_id' | 'endorsed_organisation_id',
    ids: readonly string[],
  ): Promise<Map<string, EndorsementObject[]>> {
    const rows: (EndorsementRow & { subjectId: string })[] =
      await this.dataSource.query(
        `SELECT ${ENDORSEMENT_COLUMNS}, c.${column} AS "subjectId"
           FROM credentials c
          WHERE c.type = 'endorsement' AND c.status = 'active'
            AND c.${column} = ANY($1::uuid[])
            AND (c.valid_until IS NULL OR c.valid_until > now())
          ORDER BY c.created_at, c.id`,
        [ids],
      );
    const grouped = new Map<string, EndorsementObject[]>();
    for (const row of rows) {
      const list = grouped.get(row.subjectId) ?? [];
      list.push(toEndorsement(row));
      grouped.set(row.subjectId, list);
    }

    return grouped;
  }
}
