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
import QRCode from 'qrcode';

import { SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { AchievementsRepository } from '../achievements/achievements.repository.js';
import { AchievementModel } from '../achievements/dto/achievement.model.js';
import { loadAchievement } from './achievement-loader.js';
import { ClaimCodesService } from './claim-codes.service.js';
import { ClaimRedemptionService } from './claim-redemption.service.js';
import {
  CreateClaimCodeInput,
  RedeemClaimCodeInput,
  RevokeClaimCodeInput,
} from './dto/award.inputs.js';
import { ClaimCodeObject } from './dto/claim-code.type.js';
import { CredentialObject } from './dto/credential.type.js';

/** Claim codes: made by awarders, redeemed by learners. */
@SignedIn()
@Resolver(() => ClaimCodeObject)
export class ClaimCodesResolver {
  constructor(
    private readonly codes: ClaimCodesService,
    private readonly redemption: ClaimRedemptionService,
    private readonly achievements: AchievementsRepository,
  ) {}

  @ResolveField(() => AchievementModel)
  achievement(
    @Parent() code: ClaimCodeObject,
    @Context() { loaders }: RequestContext,
  ): Promise<AchievementModel> {
    return loadAchievement(loaders, this.achievements, code.achievementId);
  }

  @Query(() => [ClaimCodeObject], {
    description: "A badge's claim codes, newest first, for members.",
  })
  achievementClaimCodes(
    @CurrentViewer() viewer: Viewer,
    @Args('achievementId', { type: () => ID }) achievementId: string,
  ): Promise<ClaimCodeObject[]> {
    return this.codes.listForAchievement(viewer, achievementId);
  }

  @Mutation(() => ClaimCodeObject, {
    description:
      'Creates a code that learners redeem for the badge, valid until expiresAt (at most a year). For owners and awarders.',
  })
  createClaimCode(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateClaimCodeInput,
  ): Promise<ClaimCodeObject> {
    return this.codes.create(viewer, input);
  }

  @Mutation(() => ClaimCodeObject, {
    description: 'Stops a claim code working. For owners and awarders.',
  })
  revokeClaimCode(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RevokeClaimCodeInput,
  ): Promise<ClaimCodeObject> {
    return this.codes.revoke(viewer, input);
  }

  @Mutation(() => CredentialObject, {
    description:
      "Claims the code's badge for the viewer, who needs a verified e-mail address. Redeeming a code again returns the credential from the first time.",
  })
  redeemClaimCode(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RedeemClaimCodeInput,
  ): Promise<CredentialObject> {
    return this.redemption.redeem(viewer, input);
  }

  @ResolveField(() => String, {
    description: 'The claim URL as a QR code, an SVG document.',
  })
  qrCodeSvg(@Parent() code: ClaimCodeObject): Promise<string> {
    return QRCode.toString(code.claimUrl, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
  }
}
