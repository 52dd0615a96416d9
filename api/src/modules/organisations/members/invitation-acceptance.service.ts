import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Viewer } from '../../../common/auth/viewer.js';
import {
  BadUserInputError,
  ForbiddenError,
} from '../../../common/errors/domain-error.js';
import { digestToken } from '../../../common/security/tokens.js';
import { AuditService } from '../../audit/audit.service.js';
import type { AcceptInvitationInput } from '../dto/member.inputs.js';
import type { MembershipModel } from '../dto/membership.model.js';
import { OrganisationsRepository } from '../organisations.repository.js';
import { invitationEntry } from './invitation-audit.js';
import {
  type InvitationRecord,
  InvitationsRepository,
} from './invitations.repository.js';
import { MembersRepository } from './members.repository.js';
import { membershipSubject } from './members.service.js';

const TOKEN_FIELD = 'input.token';

/** Accepting an e-mailed invitation with the token from its link. */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationsRepository,
    private readonly members: MembersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Makes the viewer a member, if the invitation was sent to their address. */
  async accept(
    viewer: Viewer,
    input: AcceptInvitationInput,
  ): Promise<MembershipModel> {
    const token = input.token.trim();
    if (token === '') {
      throw new BadUserInputError(
        'The invitation token is missing.',
        TOKEN_FIELD,
      );
    }

    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.invitations.lockByTokenHash(
        manager,
        digestToken(token),
      );
      requireUsable(invitation);
      const email = await this.members.emailOf(manager, viewer.userId);
      if (email !== invitation.email) {
        throw new ForbiddenError(
          `This invitation was sent to ${invitation.email}; sign in with that account to accept it.`,
        );
      }

      return this.join(manager, viewer, invitation);
    });
  }

  private async join(
    manager: EntityManager,
    viewer: Viewer,
    invitation: InvitationRecord,
  ): Promise<MembershipModel> {
    const { organisationId } = invitation;
    // A member keeps their role, so an owner cannot demote themself by
    // accepting a stale invitation.
    const added = await this.members.insert(
      manager,
      organisationId,
      viewer.userId,
      invitation.role,
    );
    await this.invitations.markAccepted(manager, invitation.id);
    // The link reached the mailbox, which proves the address.
    await this.members.markEmailVerified(manager, viewer.userId);
    await this.audit.record(
      invitationEntry(viewer, invitation, 'accept'),
      manager,
    );
    if (added) {
      await this.audit.record(
        {
          actorId: viewer.userId,
          organisationId,
          subjectType: 'membership',
          subjectId: membershipSubject(organisationId, viewer.userId),
          action: 'create',
          changes: {
            role: { from: null, to: invitation.role },
            invitationId: invitation.id,
          },
        },
        manager,
      );
    }
    const member = await this.members.findMember(
      manager,
      organisationId,
      viewer.userId,
    );
    const organisation = await this.organisations.lock(manager, organisationId);

    return { organisation: organisation!, role: member!.role };
  }
}

function requireUsable(
  invitation: InvitationRecord | null,
): asserts invitation is InvitationRecord {
  const ask = 'Ask an owner of the organisation for a new invitation.';
  if (invitation === null) {
    throw new BadUserInputError(
      `This invitation link is not valid; check that you copied all of it. ${ask}`,
      TOKEN_FIELD,
    );
  }
  if (invitation.acceptedAt !== null) {
    throw new BadUserInputError(
      'This invitation was already used.',
      TOKEN_FIELD,
    );
  }
  if (invitation.revokedAt !== null) {
    throw new BadUserInputError(
      `This invitation was withdrawn. ${ask}`,
      TOKEN_FIELD,
    );
  }
  if (invitation.expiresAt.getTime() <= Date.now()) {
    throw new BadUserInputError(
      `This invitation expired on ${invitation.expiresAt.toISOString()}. ${ask}`,
      TOKEN_FIELD,
    );
  }
}
