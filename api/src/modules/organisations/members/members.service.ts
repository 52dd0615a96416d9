import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Viewer } from '../../../common/auth/viewer.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../../common/errors/domain-error.js';
import { AuditService } from '../../audit/audit.service.js';
import type {
  ChangeMemberRoleInput,
  RemoveMemberInput,
} from '../dto/member.inputs.js';
import type {
  MembershipModel,
  OrganisationMemberModel,
} from '../dto/membership.model.js';
import { OrganisationAccess } from '../organisation-access.service.js';
import { parseId } from '../organisation-input.js';
import { OrganisationRole } from '../organisation-member.entity.js';
import { MembersRepository } from './members.repository.js';

/** Builds the audit subject id of a membership from its two keys. */
export function membershipSubject(organisationId: string, userId: string) {
  return `${organisationId}:${userId}`;
}

/** Changes to who belongs to an organisation and with which role. */
@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MembersRepository,
    private readonly access: OrganisationAccess,
    private readonly audit: AuditService,
  ) {}

  /** Lists the account's organisations. Only its owner or an admin may. */
  membershipsOf(viewer: Viewer, userId: string): Promise<MembershipModel[]> {
    if (viewer.userId !== userId && !viewer.isAdmin) {
      throw new ForbiddenError(
        'Only the account’s owner sees its memberships.',
      );
    }

    return this.repository.findMembershipsOf(userId);
  }

  /** Gives a member another role; owners only. */
  async changeRole(
    viewer: Viewer,
    input: ChangeMemberRoleInput,
  ): Promise<OrganisationMemberModel> {
    const organisationId = parseId(
      input.organisationId,
      'input.organisationId',
      'an organisation',
    );
    const userId = parseId(input.userId, 'input.userId', 'a user');
    await this.access.require(viewer, organisationId, [OrganisationRole.OWNER]);

    return this.dataSource.transaction(async (manager) => {
      const roles = await this.repository.lockRoles(manager, organisationId);
      const before = requireMember(roles, userId);
      if (before !== input.role) {
        if (before === OrganisationRole.OWNER) requireOtherOwner(roles, userId);
        await this.repository.updateRole(
          manager,
          organisationId,
          userId,
          input.role,
        );
        await this.recordChange(manager, viewer, organisationId, userId, {
          action: 'update',
          from: before,
          to: input.role,
        });
      }

      return (await this.repository.findMember(
        manager,
        organisationId,
        userId,
      ))!;
    });
  }

  /** Removes a member; owners may remove anyone, members themselves. */
  async remove(viewer: Viewer, input: RemoveMemberInput): Promise<boolean> {
    const organisationId = parseId(
      input.organisationId,
      'input.organisationId',
      'an organisation',
    );
    const userId = parseId(input.userId, 'input.userId', 'a user');
    if (userId !== viewer.userId) {
      await this.access.require(viewer, organisationId, [
        OrganisationRole.OWNER,
      ]);
    }

    return this.dataSource.transaction(async (manager) => {
      const roles = await this.repository.lockRoles(manager, organisationId);
      const before = requireMember(roles, userId);
      if (before === OrganisationRole.OWNER) requireOtherOwner(roles, userId);
      await this.repository.delete(manager, organisationId, userId);
      await this.recordChange(manager, viewer, organisationId, userId, {
        action: 'delete',
        from: before,
        to: null,
      });

      return true;
    });
  }

  private recordChange(
    manager: EntityManager,
    viewer: Viewer,
    organisationId: string,
    userId: string,
    change: {
      action: string;
      from: OrganisationRole;
      to: OrganisationRole | null;
    },
  ): Promise<void> {
    return this.audit.record(
      {
        actorId: viewer.userId,
        organisationId,
        subjectType: 'membership',
        subjectId: membershipSubject(organisationId, userId),
        action: change.action,
        changes: { role: { from: change.from, to: change.to } },
      },
      manager,
    );
  }
}

function requireMember(
  roles: Map<string, OrganisationRole>,
  userId: string,
): OrganisationRole {
  const role = roles.get(userId);
  if (role === undefined) {
    throw new NotFoundError(
      `User ${userId} is not a member of this organisation.`,
    );
  }

  return role;
}

/** Keeps at least one owner, who can manage the organisation. */
function requireOtherOwner(
  roles: Map<string, OrganisationRole>,
  userId: string,
): void {
  const otherOwner = [...roles].some(
    ([id, role]) => id !== userId && role === OrganisationRole.OWNER,
  );
  if (!otherOwner) {
    throw new ConflictError(
      'This is the organisation’s last owner; make another member an owner first.',
      'input.userId',
    );
  }
}
