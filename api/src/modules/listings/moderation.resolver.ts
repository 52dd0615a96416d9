import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { OpportunityModel } from '../opportunities/dto/opportunity.model.js';
import { OpportunityConnection } from '../opportunities/dto/opportunity-connection.model.js';
import { ModerationQueueArgs } from './dto/listing.args.js';
import {
  ApproveOpportunityInput,
  RejectOpportunityInput,
} from './dto/listing-mutations.input.js';
import { ModerationService } from './moderation.service.js';

/** Council and admin review of pending listings. */
@Resolver()
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @SignedIn()
  @Query(() => OpportunityConnection, {
    description:
      "Pending listings inside a council's area, longest waiting first. For the owners and editors of a verified council, and admins.",
  })
  moderationQueue(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ModerationQueueArgs,
  ): Promise<OpportunityConnection> {
    return this.moderation.queue(viewer, args);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel, {
    description:
      'Publishes a pending listing. For owners and editors of a verified council whose area covers the venue, with a verified e-mail address, and admins.',
  })
  approveOpportunity(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ApproveOpportunityInput,
  ): Promise<OpportunityModel> {
    return this.moderation.approve(viewer, input.opportunityId);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel, {
    description:
      'Rejects a pending listing; the provider sees the reason as `moderationNote`. Same reviewers as `approveOpportunity`.',
  })
  rejectOpportunity(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RejectOpportunityInput,
  ): Promise<OpportunityModel> {
    return this.moderation.reject(viewer, input);
  }
}
