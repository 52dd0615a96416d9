import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { groupBy } from '../../../common/collections/group-by.js';
import type {
  MembershipModel,
  OrganisationMemberModel,
} from '../dto/membership.model.js';
import { OrganisationRole } from '../organisation-member.entity.js';

interface MemberRow {
  organisationId: string;
  userId: string;
  name: string;
  email: string;
  role: OrganisationRole;
  joinedAt: Date;
}

const MEMBER_SELECT = `SELECT m.organisation_id AS "organisationId",
         m.user_id AS "userId", u.name, u.email, m.role,
         m.created_at AS "joinedAt"
    FROM organisation_members m JOIN users u ON u.id = m.user_id`;

function toMember(row: MemberRow): OrganisationMemberModel {
  return {
    user: { id: row.userId, name: row.name, email: row.email },
    role: row.role,
    joinedAt: row.joinedAt,
  };
}

/** SQL for the members of organisations. */
@Injectable()
export class MembersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The user's role in each of the organisations they belong to. */
  async rolesOf(
    userId: string,
    organisationIds: readonly string[],
  ): Promise<Map<string, OrganisationRole>> {
    const rows: { organisationId: string; role: OrganisationRole }[] =
      await this.dataSource.query(
        `SELECT organisation_id AS "organisationId", role
           FROM organisation_members
          WHERE user_id = $1 AND organisation_id = ANY($2::uuid[])`,
        [userId, organisationIds],
      );

    return new Map(rows.map((row) => [row.organisationId, row.role]));
  }

  /** Members of each organisation, owners first, then by name. */
  async findByOrganisationIds(
    organisationIds: readonly string[],
  ): Promise<Map<string, OrganisationMemberModel[]>> {
    const rows: MemberRow[] = await this.dataSource.query(
      `${MEMBER_SELECT}
        WHERE m.organisation_id = ANY($1::uuid[])
        ORDER BY m.role, u.name, u.id`,
      [organisationIds],
    );
    return groupBy(rows, (row) => row.organisationId, toMember);
  }

  /** Lists the user's memberships with their organisations, by name. */
  async findMembershipsOf(userId: string): Promise<MembershipModel[]> {
    const rows: (MembershipModel['organisation'] & {
      role: OrganisationRole;
    })[] = await this.dataSource.query(
      `SELECT o.id, o.name, o.slug, o.kind, o.description, o.website,
              o.verified_at AS "verifiedAt", m.role
         FROM organisation_members m
         JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = $1
        ORDER BY o.name, o.id`,
      [userId],
    );

    return rows.map(({ role, ...organisation }) => ({ organisation, role }));
  }

  async findMember(
    manager: EntityManager,
    organisationId: string,
    userId: string,
  ): Promise<OrganisationMemberModel | null> {
    const [row]: MemberRow[] = await manager.query(
      `${MEMBER_SELECT} WHERE m.organisation_id = $1 AND m.user_id = $2`,
      [organisationId, userId],
    );

    return row === undefined ? null : toMember(row);
  }

  /**
   * Reads every member's role and locks the rows, so that concurrent role
   * changes and removals cannot both take away the last owner.
   */
  async lockRoles(
    manager: EntityManager,
    organisationId: string,
  ): Promise<Map<string, OrganisationRole>> {
    const rows: { userId: string; role: OrganisationRole }[] =
      await manager.query(
        `SELECT user_id AS "userId", role FROM organisation_members
          WHERE organisation_id = $1
          FOR UPDATE`,
        [organisationId],
      );

    return new Map(rows.map((row) => [row.userId, row.role]));
  }

  /** Adds the member; returns false when they already belong. */
  async insert(
    manager: EntityManager,
    organisationId: string,
    userId: string,
    role: OrganisationRole,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO organisation_members (organisation_id, user_id, role)
       VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING
       RETURNING user_id`,
      [organisationId, userId, role],
    );

    return rows.length === 1;
  }

  async updateRole(
    manager: EntityManager,
    organisationId: string,
    userId: string,
    role: OrganisationRole,
  ): Promise<void> {
    await manager.query(
      `UPDATE organisation_members SET role = $3
        WHERE organisation_id = $1 AND user_id = $2`,
      [organisationId, userId, role],
    );
  }

  async delete(
    manager: EntityManager,
    organisationId: string,
    userId: string,
  ): Promise<void> {
    await manager.query(
      `DELETE FROM organisation_members
        WHERE organisation_id = $1 AND user_id = $2`,
      [organisationId, userId],
    );
  }

  /** The user's e-mail address, or null when the account is gone. */
  async emailOf(
    manager: EntityManager,
    userId: string,
  ): Promise<string | null> {
    const [row]: { email: string }[] = await manager.query(
      'SELECT email FROM users WHERE id = $1',
      [userId],
    );

    return row?.email ?? null;
  }

  /** Marks the address verified, because an invitation link reached it. */
  async markEmailVerified(manager: EntityManager, userId: string) {
    await manager.query(
      `UPDATE users SET email_verified_at = now(), updated_at = now()
        WHERE id = $1 AND email_verified_at IS NULL`,
      [userId],
    );
  }

  async isMemberByEmail(
    manager: EntityManager,
    organisationId: string,
    email: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM organisation_members m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND u.email = $2`,
      [organisationId, email],
    );

    return rows.length > 0;
  }
}
