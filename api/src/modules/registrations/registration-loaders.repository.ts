import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { OrganisationRole } from '../organisations/organisation-member.entity.js';
import type {
  RegisteredLearnerModel,
  RegistrationModel,
} from './dto/registration.model.js';
import {
  type RegistrationRow,
  selectRegistrations,
  toRegistration,
} from './registration-row.js';

/** Places taken at one session, against the opportunity's capacity. */
export interface SessionCounts {
  /** The opportunity's capacity, per session; null means unlimited. */
  capacity: number | null;
  registered: number;
  waitlisted: number;
}

/** Batched loads for DataLoaders: one query per kind of field per request. */
@Injectable()
export class RegistrationLoadersRepository {
  constructor(private readonly dataSource: DataSource) {}

  async countBySessionIds(
    ids: readonly string[],
  ): Promise<Map<string, SessionCounts>> {
    const rows: (SessionCounts & { id: string })[] =
      await this.dataSource.query(
        `SELECT s.id, o.capacity,
                count(r.id) FILTER (WHERE r.status = 'registered')::int
                  AS registered,
                count(r.id) FILTER (WHERE r.status = 'waitlisted')::int
                  AS waitlisted
           FROM opportunity_sessions s
           JOIN opportunities o ON o.id = s.opportunity_id
           LEFT JOIN registrations r
             ON r.session_id = s.id AND r.status <> 'withdrawn'
          WHERE s.id = ANY($1::uuid[])
          GROUP BY s.id, o.capacity`,
        [ids],
      );

    return new Map(rows.map(({ id, ...counts }) => [id, counts]));
  }

  /** The user's active registration at each of the sessions that has one. */
  async findActiveBySessionIds(
    userId: string,
    sessionIds: readonly string[],
  ): Promise<Map<string, RegistrationModel>> {
    const rows: RegistrationRow[] = await this.dataSource.query(
      `${selectRegistrations()}
        WHERE r.user_id = $1 AND r.session_id = ANY($2::uuid[])
          AND r.status <> 'withdrawn'`,
      [userId, sessionIds],
    );

    return new Map(rows.map((row) => [row.session_id, toRegistration(row)]));
  }

  async findLearnersByIds(
    ids: readonly string[],
  ): Promise<Map<string, RegisteredLearnerModel>> {
    const rows: RegisteredLearnerModel[] = await this.dataSource.query(
      'SELECT id, name, email FROM users WHERE id = ANY($1::uuid[])',
      [ids],
    );

    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The user's role in each of the organisations where they have one. */
  async findRolesOfUser(
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
}
