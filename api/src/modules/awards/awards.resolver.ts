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

import { SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { AchievementsRepository } from '../achievements/achievements.repository.js';
import { AchievementModel } from '../achievements/dto/achievement.model.js';
import { loadAchievement } from './achievement-loader.js';
import { AwardService } from './award.service.js';
import { BulkAwardService } from './bulk-award.service.js';
import { AwardBadgeInput, StartBulkAwardInput } from './dto/award.inputs.js';
import { AwardJobObject } from './dto/award-job.type.js';
import { CredentialObject } from './dto/credential.type.js';
import { SessionAwardObject } from './dto/session-award.type.js';

/** Awarding badges, one by one or in bulk. */
@SignedIn()
@Resolver(() => AwardJobObject)
export class AwardsResolver {
  constructor(
    private readonly awards: AwardService,
    private readonly bulk: BulkAwardService,
    private readonly achievements: AchievementsRepository,
  ) {}

  @ResolveField(() => AchievementModel)
  achievement(
    @Parent() job: AwardJobObject,
    @Context() { loaders }: RequestContext,
  ): Promise<AchievementModel> {
    return loadAchievement(loaders, this.achievements, job.achievementId);
  }

  @Mutation(() => CredentialObject, {
    description:
      'Issues a badge to a learner marked attended or to an e-mail address, and e-mails them. For owners and awarders of the issuing organisation with a verified e-mail address. Retrying with the same idempotencyKey returns the same credential; reusing it for a different award is a CONFLICT.',
  })
  awardBadge(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AwardBadgeInput,
  ): Promise<CredentialObject> {
    return this.awards.award(viewer, input);
  }

  @Mutation(() => AwardJobObject, {
    description:
      'Starts awarding a badge to every learner marked attended at a session and/or to up to 1000 e-mail addresses, in the background; poll awardJob for progress. The same idempotencyKey returns the same job; reusing it for a different request is a CONFLICT.',
  })
  startBulkAward(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: StartBulkAwardInput,
  ): Promise<AwardJobObject> {
    return this.bulk.start(viewer, input);
  }

  @Query(() => AwardJobObject, {
    description: "A bulk award's progress, for members of the issuer.",
  })
  awardJob(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AwardJobObject> {
    return this.bulk.find(viewer, id);
  }

  @Query(() => [SessionAwardObject], {
    description:
      'Badges of the achievement already issued for registrations at the session, revoked ones included (an attendance is awarded once). For owners and awarders of the issuer.',
  })
  sessionAwards(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('achievementId', { type: () => ID }) achievementId: string,
  ): Promise<SessionAwardObject[]> {
    return this.awards.sessionAwards(viewer, sessionId, achievementId);
  }
}
