import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { OpportunityModel } from '../opportunities/dto/opportunity.model.js';
import { OpportunityConnection } from '../opportunities/dto/opportunity-connection.model.js';
import { PlaceModel } from '../places/dto/place.model.js';
import {
  NearestPlaceArgs,
  OrganisationOpportunitiesArgs,
} from './dto/listing.args.js';
import {
  ArchiveOpportunityInput,
  CreateOpportunityInput,
  SubmitOpportunityInput,
  UpdateOpportunityInput,
} from './dto/listing-mutations.input.js';
import { ListingQueriesService } from './listing-queries.service.js';
import { ListingsService } from './listings.service.js';

/** Providers' work on their own listings. */
@Resolver()
export class ListingsResolver {
  constructor(
    private readonly listings: ListingsService,
    private readonly queries: ListingQueriesService,
  ) {}

  @SignedIn()
  @Mutation(() => OpportunityModel, {
    description:
      'Saves a new listing as a draft. For owners and editors of a provider organisation.',
  })
  createOpportunity(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateOpportunityInput,
  ): Promise<OpportunityModel> {
    return this.listings.create(viewer, input);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel, {
    description:
      'Replaces a listing and its sessions. A published listing goes back to pending when the provider is not approved for its new venue.',
  })
  updateOpportunity(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateOpportunityInput,
  ): Promise<OpportunityModel> {
    return this.listings.update(viewer, input);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel, {
    description:
      'Submits a draft or rejected listing: published when the provider is approved for the venue, else pending. Problems with the saved listing come back with `extensions.field` paths as in `updateOpportunity`.',
  })
  submitOpportunity(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SubmitOpportunityInput,
  ): Promise<OpportunityModel> {
    return this.listings.submit(viewer, input.opportunityId);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel, {
    description: 'Archives a listing in any status but archived.',
  })
  archiveOpportunity(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ArchiveOpportunityInput,
  ): Promise<OpportunityModel> {
    return this.listings.archive(viewer, input.opportunityId);
  }

  @SignedIn()
  @Query(() => OpportunityConnection, {
    description:
      "An organisation's listings in every status, most recently updated first. For its members.",
  })
  organisationOpportunities(
    @CurrentViewer() viewer: Viewer,
    @Args() args: OrganisationOpportunitiesArgs,
  ): Promise<OpportunityConnection> {
    return this.queries.organisationOpportunities(viewer, args);
  }

  @Public()
  @Query(() => PlaceModel, {
    nullable: true,
    description:
      'The gazetteer place nearest a point, within 50 km; null when there is none.',
  })
  nearestPlace(@Args() args: NearestPlaceArgs): Promise<PlaceModel | null> {
    return this.queries.nearestPlace(args);
  }
}
