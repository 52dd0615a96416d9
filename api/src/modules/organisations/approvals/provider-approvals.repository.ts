import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { groupBy } from '../../../common/collections/group-by.js';
import type { OrganisationModel } from '../dto/organisation.model.js';

type LinkedOrganisation = OrganisationModel & { linkId: string };

/** SQL for councils' approvals of providers. */
@Injectable()
export class ProviderApprovalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records the approval; returns its time, or null if it existed. */
  async insert(
    manager: EntityManager,
    councilId: string,
    providerId: string,
    approvedById: string,
  ): Promise<Date | null> {
    const rows: { createdAt: Date }[] = await manager.query(
      `INSERT INTO provider_approvals (council_id, provider_id, approved_by_id)
       VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING
       RETURNING created_at AS "createdAt"`,
      [councilId, providerId, approvedById],
    );

    return rows[0]?.createdAt ?? null;
  }

  async findCreatedAt(
    manager: EntityManager,
    councilId: string,
    providerId: string,
  ): Promise<Date | null> {
    const [row]: { createdAt: Date }[] = await manager.query(
      `SELECT created_at AS "createdAt" FROM provider_approvals
        WHERE council_id = $1 AND provider_id = $2`,
      [councilId, providerId],
    );

    return row?.createdAt ?? null;
  }

  /** Removes the approval; returns false when there was none. */
  async delete(
    manager: EntityManager,
    councilId: string,
    providerId: string,
  ): Promise<boolean> {
    const [, count]: [unknown[], number] = await manager.query(
      `DELETE FROM provider_approvals
        WHERE council_id = $1 AND provider_id = $2`,
      [councilId, providerId],
    );

    return count > 0;
  }

  /** The providers each council approved, by name. */
  findApprovedProviders(
    councilIds: readonly string[],
  ): Promise<Map<string, OrganisationModel[]>> {
    return this.findLinked('council_id', 'provider_id', councilIds);
  }

  /**
   * The verified councils that approved each provider, by name. Approvals
   * by an unverified council are kept but do not count until it is verified.
   */
  findApprovingCouncils(
    providerIds: readonly string[],
  ): Promise<Map<string, OrganisationModel[]>> {
    return this.findLinked(
      'provider_id',
      'council_id',
      providerIds,
      'AND o.verified_at IS NOT NULL',
    );
  }

  private async findLinked(
    keyColumn: 'council_id' | 'provider_id',
    otherColumn: 'council_id' | 'provider_id',
    ids: readonly string[],
    condition = '',
  ): Promise<Map<string, OrganisationModel[]>> {
    const rows: LinkedOrganisation[] = await this.dataSource.query(
      `SELECT a.${keyColumn} AS "linkId", o.id, o.name, o.slug, o.kind,
              o.description, o.website, o.verified_at AS "verifiedAt"
         FROM provider_approvals a
         JOIN organisations o ON o.id = a.${otherColumn}
        WHERE a.${keyColumn} = ANY($1::uuid[]) ${condition}
        ORDER BY o.name, o.id`,
      [ids],
    );

    return groupBy(
      rows,
      (row) => row.linkId,
      ({ linkId: _linkId, ...organisation }) => organisation,
    );
  }
}
