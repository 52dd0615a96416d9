import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { OrganisationModel } from '../organisations/dto/organisation.model.js';
import { EmployerContactConsentModel } from './dto/learner-contact.model.js';
import { MySkillNeedMatchesArgs } from './dto/skill-need.args.js';
import { SkillNeedConnection } from './dto/skill-need.model.js';
import { EmployerContactService } from './employer-contact.service.js';
import { NeedLoaders } from './need-loaders.service.js';

/** A learner's side: consents to employers and the needs that fit them. */
@Resolver(() => EmployerContactConsentModel)
export class EmployerContactResolver {
  constructor(
    private readonly contact: EmployerContactService,
    private readonly loaders: NeedLoaders,
  ) {}

  @SignedIn()
  @Query(() => [EmployerContactConsentModel], {
    description:
      'Employers the signed-in learner allows to contact them, newest first.',
  })
  myEmployerContactConsents(
    @CurrentViewer() viewer: Viewer,
  ): Promise<EmployerContactConsentModel[]> {
    return this.contact.myConsents(viewer);
  }

  @SignedIn()
  @Query(() => SkillNeedConnection, {
    description:
      "Open skill needs whose radius covers `near` (not stored) or else the learner's home place, sharing a skill with a valid badge the learner holds: most held need skills first, then nearest. BAD_USER_INPUT naming homePlaceId when there is neither point.",
  })
  mySkillNeedMatches(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MySkillNeedMatchesArgs,
  ): Promise<SkillNeedConnection> {
    return this.contact.myMatches(viewer, args);
  }

  @SignedIn()
  @Mutation(() => EmployerContactConsentModel, {
    description:
      'Allows an employer to see the learner’s name, e-mail address and matching badges while the learner’s employer contact setting is on. The employer must be verified. Repeating it changes nothing. For any signed-in learner.',
  })
  allowEmployerContact(
    @CurrentViewer() viewer: Viewer,
    @Args('employerId', { type: () => ID }) employerId: string,
  ): Promise<EmployerContactConsentModel> {
    return this.contact.allow(viewer, employerId);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Withdraws the consent to an employer; true also when there was none. For any signed-in learner.',
  })
  withdrawEmployerContact(
    @CurrentViewer() viewer: Viewer,
    @Args('employerId', { type: () => ID }) employerId: string,
  ): Promise<boolean> {
    return this.contact.withdraw(viewer, employerId);
  }

  @Public()
  @ResolveField(() => OrganisationModel)
  employer(
    @Parent() consent: EmployerContactConsentModel,
    @Context() { loaders }: RequestContext,
  ): Promise<OrganisationModel> {
    return this.loaders.organisation(consent.employerId, loaders);
  }
}
