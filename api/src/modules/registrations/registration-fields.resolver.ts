import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { OpportunityModel } from '../opportunities/dto/opportunity.model.js';
import { OpportunitiesRepository } from '../opportunities/opportunities.repository.js';
import { ALL_ROLES } from '../organisations/organisation-access.service.js';
import {
  RegisteredLearnerModel,
  RegistrationModel,
} from './dto/registration.model.js';
import { RegistrationLoadersRepository } from './registration-loaders.repository.js';

/** Fields of a registration from other tables, batched per request. */
@SignedIn()
@Resolver(() => RegistrationModel)
export class RegistrationFieldsResolver {
  constructor(
    private readonly opportunities: OpportunitiesRepository,
    private readonly loaders: RegistrationLoadersRepository,
  ) {}

  @ResolveField(() => OpportunityModel)
  async opportunity(
    @Parent() registration: RegistrationModel,
    @Context() { loaders }: RequestContext,
  ): Promise<OpportunityModel> {
    const opportunity = await loaders.load(
      'registrationOpportunityById',
      (ids: readonly string[]) => this.opportunities.findByIds(ids),
      registration.opportunityId,
      null,
    );
    if (opportunity === null) {
      throw new Error(
        `Opportunity ${registration.opportunityId} of registration ${registration.id} is missing`,
      );
    }

    return opportunity;
  }

  @ResolveField(() => RegisteredLearnerModel, {
    description:
      'For the learner and for members of the providing organisation only.',
  })
  async learner(
    @Parent() registration: RegistrationModel,
    @CurrentViewer() viewer: Viewer,
    @Context() { loaders }: RequestContext,
  ): Promise<RegisteredLearnerModel> {
    if (!(await this.maySeeLearner(viewer, registration, loaders))) {
      throw new ForbiddenError(
        'Only the learner and the owners, editors and awarders of the organisation that runs the session may see who registered.',
      );
    }
    const learner = await loaders.load(
      'registeredLearnerById',
      (ids: readonly string[]) => this.loaders.findLearnersByIds(ids),
      registration.userId,
      null,
    );
    if (learner === null) {
      throw new Error(
        `User ${registration.userId} of registration ${registration.id} is missing`,
      );
    }

    return learner;
  }

  private async maySeeLearner(
    viewer: Viewer,
    registration: RegistrationModel,
    loaders: RequestContext['loaders'],
  ): Promise<boolean> {
    if (viewer.isAdmin || viewer.userId === registration.userId) return true;
    const role = await loaders.load(
      `organisationRoleOf:${viewer.userId}`,
      (ids: readonly string[]) =>
        this.loaders.findRolesOfUser(viewer.userId, ids),
      registration.providerId,
      null,
    );

    return role !== null && ALL_ROLES.includes(role);
  }
}
