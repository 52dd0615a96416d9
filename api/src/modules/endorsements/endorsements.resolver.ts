import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import {
  EndorseAchievementInput,
  EndorseOrganisationInput,
  RevokeEndorsementInput,
} from './dto/endorsement.inputs.js';
import { EndorsementObject } from './dto/endorsement.type.js';
import { EndorsementsService } from './endorsements.service.js';

/** Issuing and revoking endorsements. */
@SignedIn()
@Resolver(() => EndorsementObject)
export class EndorsementsResolver {
  constructor(private readonly endorsements: EndorsementsService) {}

  @Mutation(() => EndorsementObject, {
    description:
      "Signs an endorsement of another organisation's badge. For owners and editors of the endorsing organisation with a verified e-mail address; a council must be verified. Badges issued afterwards carry it.",
  })
  endorseAchievement(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: EndorseAchievementInput,
  ): Promise<EndorsementObject> {
    return this.endorsements.endorseAchievement(viewer, input);
  }

  @Mutation(() => EndorsementObject, {
    description:
      'Signs an endorsement of another organisation, with the same rules as endorseAchievement.',
  })
  endorseOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: EndorseOrganisationInput,
  ): Promise<EndorsementObject> {
    return this.endorsements.endorseOrganisation(viewer, input);
  }

  @Mutation(() => EndorsementObject, {
    description:
      'Revokes an endorsement for good. For owners and editors of the endorsing organisation.',
  })
  revokeEndorsement(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RevokeEndorsementInput,
  ): Promise<EndorsementObject> {
    return this.endorsements.revoke(viewer, input);
  }
}
