import { Injectable } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  ForbiddenError,
  ForbiddenReason,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../common/pagination/cursor.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import { OrganisationAccess } from '../organisations/organisation-access.service.js';
import type { CouncilInsightsArgs } from './dto/insights.args.js';
import type { CouncilInsights } from './dto/insights.model.js';
import { InsightsRepository } from './insights.repository.js';
import { resolveWindow } from './insights-parameters.js';

/**
 * Decides who may see a council's insights: its members (any role) once
 * the council is verified, and platform administrators. Either way the
 * council needs an area, because every figure is scoped to it.
 */
@Injectable()
export class InsightsAccess {
  constructor(
    private readonly repository: InsightsRepository,
    private readonly organisations: OrganisationAccess,
  ) {}

  async open(
    viewer: Viewer,
    args: Pick<CouncilInsightsArgs, 'councilId' | 'from' | 'to'>,
  ): Promise<CouncilInsights> {
    const window = resolveWindow(args.from, args.to);
    const council = await this.requireCouncil(args.councilId);
    if (!(await this.organisations.isMember(viewer, council.id))) {
      throw new ForbiddenError(
        `Only members of ${council.name} and platform administrators may see its insights.`,
      );
    }
    if (council.verifiedAt === null && !viewer.isAdmin) {
      throw new ForbiddenError(
        `${council.name} is not verified yet; its insights open once a platform administrator verifies it.`,
        ForbiddenReason.OrganisationNotVerified,
      );
    }
    if (!council.hasArea) {
      throw new ForbiddenError(
        `${council.name} has no area yet; an owner can set one (setCouncilArea), and insights cover that area.`,
      );
    }

    return { council, ...window };
  }

  private async requireCouncil(councilId: string) {
    if (!UUID_PATTERN.test(councilId)) {
      throw new BadUserInputError(
        `councilId "${councilId.slice(0, 80)}" is not a valid id; pass a council's id from the API.`,
        'councilId',
      );
    }
    const council = await this.repository.findOrganisation(councilId);
    if (council === null) {
      throw new NotFoundError(`No organisation has id ${councilId}.`);
    }
    if (council.kind !== OrganisationKind.COUNCIL) {
      throw new BadUserInputError(
        `${council.name} (${councilId}) is ${articleOf(council.kind)} ${council.kind} organisation, not a council; insights cover council areas only.`,
        'councilId',
      );
    }

    return council;
  }
}

/** "an" before a vowel sound, as in "an employer"; kinds are plain words. */
function articleOf(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
