import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import { OrganisationRole } from './organisation-member.entity.js';

/** Roles that may edit listings: owners and editors. */
export const LISTING_ROLES = [OrganisationRole.OWNER, OrganisationRole.EDITOR];

/** Roles that may record attendance (and award badges): all but editors. */
export const AWARDING_ROLES = [
  OrganisationRole.OWNER,
  OrganisationRole.AWARDER,
];

export const ALL_ROLES = Object.values(OrganisationRole);

/**
 * Checks membership of organisations. Platform administrators pass every
 * check. A failed check raises FORBIDDEN with the same message whether the
 * organisation exists or not, so that ids cannot be probed.
 */
@Injectable()
export class OrganisationAccess {
  constructor(private readonly dataSource: DataSource) {}

  async roleOf(
    userId: string,
    organisationId: string,
  ): Promise<OrganisationRole | null> {
    const rows: { role: OrganisationRole }[] = await this.dataSource.query(
      `SELECT role FROM organisation_members
        WHERE user_id = $1 AND organisation_id = $2`,
      [userId, organisationId],
    );

    return rows[0]?.role ?? null;
  }

  /** Rejects unless the viewer has one of `roles` in the organisation. */
  async require(
    viewer: Viewer,
    organisationId: string,
    roles: readonly OrganisationRole[],
  ): Promise<void> {
    if (viewer.isAdmin) return;
    const role = await this.roleOf(viewer.userId, organisationId);
    if (role === null || !roles.includes(role)) {
      throw new ForbiddenError(
        `You need to be ${describeRoles(roles)} of this organisation to do this.`,
      );
    }
  }

  /** Checks whether the viewer may see the organisation's unpublished records. */
  async isMember(viewer: Viewer | null, organisationId: string) {
    if (viewer === null) return false;
    if (viewer.isAdmin) return true;

    return (await this.roleOf(viewer.userId, organisationId)) !== null;
  }
}

function describeRoles(roles: readonly OrganisationRole[]): string {
  if (roles.length === ALL_ROLES.length) return 'a member';
  const names = roles.map((role) => `an ${role}`);

  return names.length === 1
    ? names[0]!
    : `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}`;
}
