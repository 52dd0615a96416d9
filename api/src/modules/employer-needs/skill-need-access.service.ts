import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  ForbiddenError,
  ForbiddenReason,
} from '../../common/errors/domain-error.js';
import type { LoaderRegistry } from '../../common/graphql/loader-registry.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import {
  ALL_ROLES,
  LISTING_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import type { SkillNeedModel } from './dto/skill-need.model.js';
import {
  type EmployerFacts,
  SkillNeedsRepository,
} from './skill-needs.repository.js';

/**
 * Decides who may post, edit and look into skill needs. Owners and editors
 * of a verified employer post and edit its needs. Any member and admins
 * see its closed needs, matches and the learners near a need.
 */
@Injectable()
export class SkillNeedAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationAccess,
    private readonly repository: SkillNeedsRepository,
  ) {}

  /**
   * Raises FORBIDDEN unless the viewer is an owner or editor (or an admin)
   * of `employerId`, and it is a verified employer.
   */
  async requireEditor(
    viewer: Viewer,
    employerId: string,
  ): Promise<EmployerFacts> {
    const employer = await this.repository.findEmployer(employerId);
    await this.organisations.require(viewer, employerId, LISTING_ROLES);
    if (employer === null) {
      throw new ForbiddenError(
        'You need to be an owner or an editor of this organisation to do this.',
      );
    }
    if (employer.kind !== OrganisationKind.EMPLOYER) {
      throw new ForbiddenError(
        `${employer.name} is a ${employer.kind}, not an employer; only employer organisations post skill needs.`,
      );
    }
    if (!employer.verified) {
      throw new ForbiddenError(
        `${employer.name} is awaiting verification; a platform administrator must verify the organisation before it can post or change skill needs.`,
        ForbiddenReason.OrganisationNotVerified,
      );
    }

    return employer;
  }

  /** Raises FORBIDDEN unless the viewer is a member of the organisation or an admin. */
  requireMemberOf(viewer: Viewer, organisationId: string): Promise<void> {
    return this.organisations.require(viewer, organisationId, ALL_ROLES);
  }

  /** Checks whether the viewer is a member of the employer, or an admin. */
  isMember(viewer: Viewer | null, employerId: string): Promise<boolean> {
    return this.organisations.isMember(viewer, employerId);
  }

  /** Like `isMember`, cached per request for field resolvers. */
  isMemberCached(
    viewer: Viewer,
    employerId: string,
    loaders: LoaderRegistry,
  ): Promise<boolean> {
    if (viewer.isAdmin) return Promise.resolve(true);

    return loaders.load(
      'employerNeeds.viewerIsMember',
      (ids: readonly string[]) => this.memberships(viewer.userId, ids),
      employerId,
      false,
    );
  }

  /** Raises FORBIDDEN unless the viewer is a member of the need's employer or an admin. */
  async requireMember(
    viewer: Viewer,
    need: SkillNeedModel,
    loaders: LoaderRegistry,
    what: string,
  ): Promise<void> {
    if (await this.isMemberCached(viewer, need.employerId, loaders)) return;

    throw new ForbiddenError(
      `Only members of the employer that posted this skill need, and platform administrators, may see its ${what}.`,
    );
  }

  private async memberships(
    userId: string,
    organisationIds: readonly string[],
  ): Promise<Map<string, boolean>> {
    const rows: { organisation_id: string }[] = await this.dataSource.query(
      `SELECT organisation_id FROM organisation_members
        WHERE user_id = $1 AND organisation_id = ANY($2::uuid[])`,
      [userId, organisationIds],
    );

    return new Map(rows.map((row) => [row.organisation_id, true]));
  }
}
