import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Viewer } from '../../../common/auth/viewer.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../../common/errors/domain-error.js';
import { digestToken, generateToken } from '../../../common/security/tokens.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AuditService } from '../../audit/audit.service.js';
import { Mailer } from '../../mail/mailer.service.js';
import type {
  InviteMemberInput,
  RevokeInvitationInput,
} from '../dto/member.inputs.js';
import type { OrganisationInvitationModel } from '../dto/membership.model.js';
import type { OrganisationModel } from '../dto/organisation.model.js';
import { OrganisationAccess } from '../organisation-access.service.js';
import { cleanEmail, parseId } from '../organisation-input.js';
import { OrganisationRole } from '../organisation-member.entity.js';
import { OrganisationsRepository } from '../organisations.repository.js';
import { invitationEntry } from './invitation-audit.js';
import { invitationMail } from './invitation-mail.js';
import {
  type InvitationRecord,
  InvitationsRepository,
  toModel,
} from './invitations.repository.js';
import { MembersRepository } from './members.repository.js';

/** How long an invitation link works. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** E-mailed invitations to join an organisation. */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationsRepository,
    private readonly members: MembersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: OrganisationAccess,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Invites an address with a role and e-mails it a link; owners only. */
  async invite(
    viewer: Viewer,
    input: InviteMemberInput,
  ): Promise<OrganisationInvitationModel> {
    const organisationId = parseId(
      input.organisationId,
      'input.organisationId',
      'an organisation',
    );
    const email = cleanEmail(input.email, 'input.email');
    await this.access.require(viewer, organisationId, [OrganisationRole.OWNER]);
    const token = generateToken();
    const { invitation, organisation } = await this.dataSource.transaction(
      (manager) =>
        this.insertInvitation(manager, viewer, {
          organisationId,
          email,
          role: input.role,
          tokenHash: digestToken(token),
        }),
    );
    await this.sendOrWithdraw(viewer, invitation, organisation, token);

    return toModel(invitation);
  }

  private async insertInvitation(
    manager: EntityManager,
    viewer: Viewer,
    fields: {
      organisationId: string;
      email: string;
      role: OrganisationRole;
      tokenHash: string;
    },
  ) {
    // The lock serialises invitations to one organisation, so two requests
    // cannot both find no pending invitation for the same address.
    const organisation = await this.organisations.lock(
      manager,
      fields.organisationId,
    );
    if (organisation === null) {
      throw new NotFoundError(
        `No organisation has the id ${fields.organisationId}.`,
      );
    }
    if (
      await this.members.isMemberByEmail(manager, organisation.id, fields.email)
    ) {
      throw new ConflictError(
        `${fields.email} is already a member of ${organisation.name}.`,
        'input.email',
      );
    }
    if (
      await this.invitations.hasPending(manager, organisation.id, fields.email)
    ) {
      throw new ConflictError(
        `${fields.email} already has a pending invitation; revoke it to send a new one.`,
        'input.email',
      );
    }
    const invitation = await this.invitations.insert(manager, {
      ...fields,
      invitedById: viewer.userId,
      expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
    });
    await this.audit.record(
      invitationEntry(viewer, invitation, 'create', {
        email: { from: null, to: invitation.email },
        role: { from: null, to: invitation.role },
      }),
      manager,
    );

    return { invitation, organisation };
  }

  /**
   * Sends the e-mail after the invitation is committed. When sending fails,
   * the invitation is revoked so that the owner can simply invite again.
   */
  private async sendOrWithdraw(
    viewer: Viewer,
    invitation: InvitationRecord,
    organisation: OrganisationModel,
    token: string,
  ): Promise<void> {
    const link = `${this.config.publicUrl}/invitations/accept?token=${token}`;
    try {
      await this.mailer.send(invitationMail(invitation, organisation, link));
    } catch (error) {
      this.logger.error(
        `Could not send invitation ${invitation.id}; revoking it`,
        error instanceof Error ? error.stack : String(error),
      );
      await this.dataSource.transaction(async (manager) => {
        await this.invitations.markRevoked(manager, invitation.id);
        await this.audit.record(
          invitationEntry(viewer, invitation, 'revoke', {
            reason: 'The invitation e-mail could not be sent.',
          }),
          manager,
        );
      });
      throw error;
    }
  }

  /** Withdraws a pending invitation; owners only. */
  async revoke(
    viewer: Viewer,
    input: RevokeInvitationInput,
  ): Promise<OrganisationInvitationModel> {
    const id = parseId(
      input.invitationId,
      'input.invitationId',
      'an invitation',
    );
    const found = await this.invitations.lockById(this.dataSource.manager, id);
    if (found === null) {
      if (viewer.isAdmin)
        throw new NotFoundError(`No invitation has the id ${id}.`);
      // Raises the error that another organisation's invitation gets, so ids cannot be probed.
      throw new ForbiddenError(
        'You need to be an owner of this organisation to do this.',
      );
    }
    await this.access.require(viewer, found.organisationId, [
      OrganisationRole.OWNER,
    ]);

    return this.dataSource.transaction(async (manager) => {
      const invitation = (await this.invitations.lockById(manager, id))!;
      if (invitation.acceptedAt !== null) {
        throw new ConflictError(
          `The invitation to ${invitation.email} was already accepted; remove the member instead.`,
          'input.invitationId',
        );
      }
      if (invitation.revokedAt === null) {
        await this.invitations.markRevoked(manager, id);
        await this.audit.record(
          invitationEntry(viewer, invitation, 'revoke'),
          manager,
        );
      }

      return toModel(invitation);
    });
  }
}
