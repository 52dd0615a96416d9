import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { groupBy } from '../../../common/collections/group-by.js';
import type { OrganisationInvitationModel } from '../dto/membership.model.js';
import type { OrganisationRole } from '../organisation-member.entity.js';

/** An invitation row with the fields the service decides on. */
export interface InvitationRecord extends OrganisationInvitationModel {
  organisationId: string;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

const INVITATION_COLUMNS = `id, organisation_id AS "organisationId", email, role,
  expires_at AS "expiresAt", created_at AS "createdAt",
  accepted_at AS "acceptedAt", revoked_at AS "revokedAt"`;

/** An invitation that can still be accepted. */
const PENDING =
  'accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()';

/** SQL for invitations to join organisations. */
@Injectable()
export class InvitationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Pending invitations of each organisation, newest first. */
  async findPendingByOrganisationIds(
    organisationIds: readonly string[],
  ): Promise<Map<string, OrganisationInvitationModel[]>> {
    const rows: InvitationRecord[] = await this.dataSource.query(
      `SELECT ${INVITATION_COLUMNS} FROM organisation_invitations
        WHERE organisation_id = ANY($1::uuid[]) AND ${PENDING}
        ORDER BY created_at DESC, id`,
      [organisationIds],
    );

    return groupBy(rows, (row) => row.organisationId, toModel);
  }

  async hasPending(
    manager: EntityManager,
    organisationId: string,
    email: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM organisation_invitations
        WHERE organisation_id = $1 AND email = $2 AND ${PENDING}`,
      [organisationId, email],
    );

    return rows.length > 0;
  }

  async insert(
    manager: EntityManager,
    invitation: {
      organisationId: string;
      email: string;
      role: OrganisationRole;
      tokenHash: string;
      invitedById: string;
      expiresAt: Date;
    },
  ): Promise<InvitationRecord> {
    const [row]: InvitationRecord[] = await manager.query(
      `INSERT INTO organisation_invitations
         (organisation_id, email, role, token_hash, invited_by_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${INVITATION_COLUMNS}`,
      [
        invitation.organisationId,
        invitation.email,
        invitation.role,
        invitation.tokenHash,
        invitation.invitedById,
        invitation.expiresAt,
      ],
    );

    return row!;
  }

  /** Reads an invitation by id and locks it until the transaction ends. */
  async lockById(
    manager: EntityManager,
    id: string,
  ): Promise<InvitationRecord | null> {
    const [row]: InvitationRecord[] = await manager.query(
      `SELECT ${INVITATION_COLUMNS} FROM organisation_invitations
        WHERE id = $1 FOR UPDATE`,
      [id],
    );

    return row ?? null;
  }

  /** Reads an invitation by its token's digest and locks it. */
  async lockByTokenHash(
    manager: EntityManager,
    tokenHash: string,
  ): Promise<InvitationRecord | null> {
    const [row]: InvitationRecord[] = await manager.query(
      `SELECT ${INVITATION_COLUMNS} FROM organisation_invitations
        WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );

    return row ?? null;
  }

  async markAccepted(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      'UPDATE organisation_invitations SET accepted_at = now() WHERE id = $1',
      [id],
    );
  }

  async markRevoked(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      'UPDATE organisation_invitations SET revoked_at = now() WHERE id = $1',
      [id],
    );
  }
}

export function toModel(row: InvitationRecord): OrganisationInvitationModel {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
  };
}
