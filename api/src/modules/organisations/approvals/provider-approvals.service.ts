import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Viewer } from '../../../common/auth/viewer.js';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
} from '../../../common/errors/domain-error.js';
import { VerifiedEmail } from '../../accounts/verified-email.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { CouncilAreasRepository } from '../council-areas/council-areas.repository.js';
import type { ProviderApprovalModel } from '../dto/membership.model.js';
import type { ApproveProviderInput } from '../dto/organisation.inputs.js';
import type { OrganisationModel } from '../dto/organisation.model.js';
import { OrganisationKind } from '../organisation.entity.js';
import {
  LISTING_ROLES,
  OrganisationAccess,
} from '../organisation-access.service.js';
import { parseId } from '../organisation-input.js';
import { OrganisationsRepository } from '../organisations.repository.js';
import { awaitingVerificationError } from '../verification/council-verification.js';
import { ProviderApprovalsRepository } from './provider-approvals.repository.js';

/** Councils' approvals of providers, by the council's owners and editors. */
@Injectable()
export class ProviderApprovalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProviderApprovalsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly areas: CouncilAreasRepository,
    private readonly access: OrganisationAccess,
    private readonly verifiedEmail: VerifiedEmail,
    private readonly audit: AuditService,
  ) {}

  async approve(
    viewer: Viewer,
    input: ApproveProviderInput,
  ): Promise<ProviderApprovalModel> {
    const { council, provider } = await this.resolvePair(
      viewer,
      input,
      'approving a provider',
    );

    return this.dataSource.transaction(async (manager) => {
      await this.organisations.lock(manager, council.id);
      if ((await this.areas.areaKm2(manager, council.id)) === null) {
        throw new ConflictError(
          `${council.name} has no area yet; an owner must set it before the council approves providers.`,
          'input.councilId',
        );
      }
      let createdAt = await this.repository.insert(
        manager,
        council.id,
        provider.id,
        viewer.userId,
      );
      if (createdAt === null) {
        createdAt = await this.repository.findCreatedAt(
          manager,
          council.id,
          provider.id,
        );
      } else {
        await this.record(manager, viewer, council, provider, 'approve');
      }

      return { council, provider, createdAt: createdAt! };
    });
  }

  /** Removes the approval; returns false when there was none. */
  async revoke(viewer: Viewer, input: ApproveProviderInput): Promise<boolean> {
    const { council, provider } = await this.resolvePair(
      viewer,
      input,
      'revoking a provider’s approval',
    );

    return this.dataSource.transaction(async (manager) => {
      const removed = await this.repository.delete(
        manager,
        council.id,
        provider.id,
      );
      if (removed) {
        await this.record(manager, viewer, council, provider, 'revoke');
      }

      return removed;
    });
  }

  /**
   * Checks the viewer's role in the council, both organisations' kinds, that
   * the council is verified and that the viewer's e-mail address is. `action`
   * completes the e-mail message, as in "before approving a provider".
   */
  private async resolvePair(
    viewer: Viewer,
    input: ApproveProviderInput,
    action: string,
  ) {
    const councilId = parseId(input.councilId, 'input.councilId', 'a council');
    const providerId = parseId(
      input.providerId,
      'input.providerId',
      'a provider',
    );
    await this.access.require(viewer, councilId, LISTING_ROLES);
    const found = await this.organisations.findByIds([councilId, providerId]);
    const council = requireKind(
      found.get(councilId),
      councilId,
      OrganisationKind.COUNCIL,
      'input.councilId',
    );
    const provider = requireKind(
      found.get(providerId),
      providerId,
      OrganisationKind.PROVIDER,
      'input.providerId',
    );
    // An unverified council could otherwise approve its owners' own
    // provider and have their listings published without review.
    if (!viewer.isAdmin && !council.verifiedAt) {
      throw awaitingVerificationError(council.name);
    }
    await this.verifiedEmail.require(viewer, action);

    return { council, provider };
  }

  private record(
    manager: EntityManager,
    viewer: Viewer,
    council: OrganisationModel,
    provider: OrganisationModel,
    action: 'approve' | 'revoke',
  ): Promise<void> {
    return this.audit.record(
      {
        actorId: viewer.userId,
        organisationId: council.id,
        subjectType: 'provider-approval',
        subjectId: `${council.id}:${provider.id}`,
        action,
        changes: { providerId: provider.id, providerName: provider.name },
      },
      manager,
    );
  }
}

function requireKind(
  organisation: OrganisationModel | undefined,
  id: string,
  kind: OrganisationKind,
  field: string,
): OrganisationModel {
  if (organisation === undefined) {
    throw new NotFoundError(`No organisation has the id ${id}.`);
  }
  if (organisation.kind !== kind) {
    throw new BadUserInputError(
      `${organisation.name} is a ${organisation.kind}; expected a ${kind}.`,
      field,
    );
  }

  return organisation;
}
