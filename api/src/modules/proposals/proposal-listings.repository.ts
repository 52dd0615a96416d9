import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { ProposalListingModel } from './dto/proposal.model.js';
import type { ProposalStatus } from './proposal.entity.js';

/** SQL for the links that credit proposals for the listings made from them. */
@Injectable()
export class ProposalListingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Locks the proposal row until the transaction ends and returns its status
   * and whether it is hidden, so that a withdrawal or hiding cannot slip in
   * between the check and the link. Null when there is no such proposal.
   */
  async lockForConversion(
    manager: EntityManager,
    proposalId: string,
  ): Promise<{ status: ProposalStatus; hidden: boolean } | null> {
    const rows: { status: ProposalStatus; hidden: boolean }[] =
      await manager.query(
        `SELECT status, hidden_at IS NOT NULL AS hidden FROM proposals
          WHERE id = $1 FOR UPDATE`,
        [proposalId],
      );

    return rows[0] ?? null;
  }

  async insertListing(
    manager: EntityManager,
    proposalId: string,
    opportunityId: string,
    userId: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO proposal_listings (opportunity_id, proposal_id, created_by_id)
       VALUES ($1, $2, $3)`,
      [opportunityId, proposalId, userId],
    );
  }

  /** Finds the listings made from each proposal, oldest first. */
  async findListings(
    proposalIds: readonly string[],
  ): Promise<Map<string, ProposalListingModel[]>> {
    const rows: (ProposalListingModel & { proposalId: string })[] =
      await this.dataSource.query(
        `SELECT l.proposal_id AS "proposalId", o.id AS "opportunityId",
                o.title, o.status, org.name AS "organisationName",
                l.created_at AS "createdAt"
           FROM proposal_listings l
           JOIN opportunities o ON o.id = l.opportunity_id
           JOIN organisations org ON org.id = o.provider_id
          WHERE l.proposal_id = ANY($1::uuid[])
          ORDER BY l.created_at, o.id`,
        [proposalIds],
      );
    const found = new Map<string, ProposalListingModel[]>();
    for (const { proposalId, ...listing } of rows) {
      found.set(proposalId, [...(found.get(proposalId) ?? []), listing]);
    }

    return found;
  }

  /** Finds the proposal each listing credits. */
  async findProposalIdsOfListings(
    opportunityIds: readonly string[],
  ): Promise<Map<string, string>> {
    const rows: { opportunity_id: string; proposal_id: string }[] =
      await this.dataSource.query(
        `SELECT opportunity_id, proposal_id FROM proposal_listings
          WHERE opportunity_id = ANY($1::uuid[])`,
        [opportunityIds],
      );

    return new Map(rows.map((row) => [row.opportunity_id, row.proposal_id]));
  }
}
