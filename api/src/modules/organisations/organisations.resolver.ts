import { Args, Float, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import {
  CreateOrganisationInput,
  UpdateOrganisationInput,
} from './dto/organisation.inputs.js';
import {
  OrganisationConnection,
  OrganisationModel,
} from './dto/organisation.model.js';
import { ProvidersArgs } from './dto/providers.args.js';
import {
  DEFAULT_PROVIDERS_PAGE,
  OrganisationsService,
} from './organisations.service.js';

@Resolver()
export class OrganisationsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Public()
  @Query(() => OrganisationConnection, {
    description: 'Organisations that list opportunities, by name.',
  })
  providers(@Args() args: ProvidersArgs): Promise<OrganisationConnection> {
    return this.organisations.listProviders(
      args.first ?? DEFAULT_PROVIDERS_PAGE,
      args.after,
    );
  }

  @Public()
  @Query(() => OrganisationModel, {
    nullable: true,
    description: 'Null when no organisation has this id.',
  })
  organisation(
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OrganisationModel | null> {
    return this.organisations.findById(id);
  }

  @Public()
  @Query(() => [OrganisationModel], {
    description: 'Verified councils whose area contains the point, by name.',
  })
  councilsCovering(
    @Args('latitude', { type: () => Float }) latitude: number,
    @Args('longitude', { type: () => Float }) longitude: number,
  ): Promise<OrganisationModel[]> {
    return this.organisations.councilsCovering(latitude, longitude);
  }

  @SignedIn()
  @Mutation(() => OrganisationModel, {
    description: 'Creates an organisation with the viewer as its owner.',
  })
  createOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<OrganisationModel> {
    return this.organisations.create(viewer, input);
  }

  @SignedIn()
  @Mutation(() => OrganisationModel, { description: 'Owners only.' })
  updateOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<OrganisationModel> {
    return this.organisations.update(viewer, input);
  }
}
