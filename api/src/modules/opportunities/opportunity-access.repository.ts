import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { LISTING_ROLES } from '../organisations/organisation-access.service.js';
import type { OrganisationRole } from '../organisations/organisation-member.entity.js';

/** SQL behind the record-level checks on opportunities. */
@Injectable()
export class OpportunityAccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Finds the user's role in each of the organisations that has one. */
  async findRoles(
    userId: string,
    organisationIds: readonly string[],
  ): Promise<Map<string, OrganisationRole>> {
    const rows: { organisation_id: string; role: OrganisationRole }[] =
      await this.dataSource.query(
        `SELECT organisation_id, role FROM organisation_members
          WHERE user_id = $1 AND organisation_id = ANY($2::uuid[])`,
        [userId, organisationIds],
      );

    return new Map(rows.map((row) => [row.organisation_id, row.role]));
  }

  /**
   * Finds which of the opportunities lie inside the area of a verified
   * council where the user is an owner or editor. Online opportunities
   * never match.
   */
  async findModeratedIds(
    userId: string,
    opportunityIds: readonly string[],
  ): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT o.id FROM opportunities o
        WHERE o.id = ANY($1::uuid[])
          AND EXISTS (
            SELECT 1 FROM organisation_members m
              JOIN organisations c ON c.id = m.organisation_id
             WHERE m.user_id = $2
               AND m.role = ANY($3::organisation_role[])
               AND c.kind = 'council'
               AND c.verified_at IS NOT NULL
               AND ST_Covers(c.area, o.location::geometry))`,
      [opportunityIds, userId, LISTING_ROLES],
    );

    return new Set(rows.map((row) => row.id));
  }

  /**
   * Finds which of the opportunities the user has an active registration
   * for, on any of their sessions.
   */
  async findRegisteredIds(
    userId: string,
    opportunityIds: readonly string[],
  ): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT s.opportunity_id AS id
         FROM registrations r
         JOIN opportunity_sessions s ON s.id = r.session_id
        WHERE r.user_id = $1
          AND r.status <> 'withdrawn'
          AND s.opportunity_id = ANY($2::uuid[])`,
      [userId, opportunityIds],
    );

    return new Set(rows.map((row) => row.id));
  }
}
