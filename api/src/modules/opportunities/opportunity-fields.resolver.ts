import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { OrganisationModel } from '../organisations/dto/organisation.model.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { PlaceModel } from '../places/dto/place.model.js';
import { PlacesRepository } from '../places/places.repository.js';
import { SdgModel } from '../reference-data/dto/sdg.model.js';
import { SkillModel } from '../reference-data/dto/skill.model.js';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository.js';
import {
  OpportunityModel,
  OpportunitySessionModel,
} from './dto/opportunity.model.js';
import { OpportunitiesRepository } from './opportunities.repository.js';

/** Fields of an opportunity that come from other tables, batched per request. */
@Public()
@Resolver(() => OpportunityModel)
export class OpportunityFieldsResolver {
  constructor(
    private readonly opportunities: OpportunitiesRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly places: PlacesRepository,
    private readonly referenceData: ReferenceDataRepository,
  ) {}

  @ResolveField(() => OrganisationModel)
  async provider(
    @Parent() opportunity: OpportunityModel,
    @Context() { loaders }: RequestContext,
  ): Promise<OrganisationModel> {
    const provider = await loaders.load(
      'organisationById',
      (ids: readonly string[]) => this.organisations.findByIds(ids),
      opportunity.providerId,
      null,
    );
    if (provider === null) {
      throw new Error(
        `Provider ${opportunity.providerId} of opportunity ${opportunity.id} is missing`,
      );
    }

    return provider;
  }

  @ResolveField(() => PlaceModel, {
    nullable: true,
    description: 'The gazetteer place nearest the venue.',
  })
  place(
    @Parent() opportunity: OpportunityModel,
    @Context() { loaders }: RequestContext,
  ): Promise<PlaceModel | null> | null {
    if (opportunity.placeId === null) return null;

    return loaders.load(
      'placeById',
      (ids: readonly number[]) => this.places.findByIds(ids),
      opportunity.placeId,
      null,
    );
  }

  @ResolveField(() => [OpportunitySessionModel], {
    description: 'All sessions, earliest first.',
  })
  sessions(
    @Parent() opportunity: OpportunityModel,
    @Context() { loaders }: RequestContext,
  ): Promise<OpportunitySessionModel[]> {
    return this.loadSessions(opportunity, loaders);
  }

  @ResolveField(() => OpportunitySessionModel, {
    nullable: true,
    description: 'The first session that has not ended yet.',
  })
  async nextSession(
    @Parent() opportunity: OpportunityModel,
    @Context() { loaders }: RequestContext,
  ): Promise<OpportunitySessionModel | null> {
    const sessions = await this.loadSessions(opportunity, loaders);
    const now = Date.now();

    return sessions.find((session) => session.endsAt.getTime() > now) ?? null;
  }

  @ResolveField(() => [SdgModel])
  sdgs(
    @Parent() opportunity: OpportunityModel,
    @Context() { loaders }: RequestContext,
  ): Promise<SdgModel[]> {
    return loaders.load(
      'sdgsByOpportunityId',
      (ids: readonly string[]) =>
        this.referenceData.findSdgsByOpportunityIds(ids),
      opportunity.id,
      [],
    );
  }

  @ResolveField(() => [SkillModel])
  skills(
    @Parent() opportunity: OpportunityModel,
    @Context() { loaders }: RequestContext,
  ): Promise<SkillModel[]> {
    return loaders.load(
      'skillsByOpportunityId',
      (ids: readonly string[]) =>
        this.referenceData.findSkillsByOpportunityIds(ids),
      opportunity.id,
      [],
    );
  }

  private loadSessions(
    opportunity: OpportunityModel,
    loaders: RequestContext['loaders'],
  ): Promise<OpportunitySessionModel[]> {
    return loaders.load(
      'sessionsByOpportunityId',
      (ids: readonly string[]) =>
        this.opportunities.findSessionsByOpportunityIds(ids),
      opportunity.id,
      [],
    );
  }
}
