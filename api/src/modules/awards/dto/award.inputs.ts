import { Field, ID, InputType, Int } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';

@InputType('EvidenceInput', {
  description: 'One evidence item: an uploaded evidence file or a link.',
})
export class EvidenceInput {
  @Field(() => ID, {
    nullable: true,
    description: 'An evidence file uploaded for the same organisation.',
  })
  fileId?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) link.' })
  url?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  narrative?: string | null;
}

@InputType('AwardBadgeInput')
export class AwardBadgeInput {
  @Field(() => ID)
  achievementId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A registration marked attended; give this or email.',
  })
  registrationId?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  narrative?: string | null;

  @Field(() => [EvidenceInput], { nullable: true })
  evidence?: EvidenceInput[] | null;

  @Field({
    description:
      'A key the client makes once per award (8 to 200 characters); a retried request with it returns the same credential.',
  })
  idempotencyKey!: string;
}

@InputType('StartBulkAwardInput')
export class StartBulkAwardInput {
  @Field(() => ID)
  achievementId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Awards every learner marked attended at this session.',
  })
  sessionId?: string | null;

  @Field(() => [String], { nullable: true })
  emails?: string[] | null;

  @Field(() => String, { nullable: true })
  narrative?: string | null;

  @Field(() => [EvidenceInput], { nullable: true })
  evidence?: EvidenceInput[] | null;

  @Field()
  idempotencyKey!: string;
}

@InputType('CreateClaimCodeInput')
export class CreateClaimCodeInput {
  @Field(() => ID)
  achievementId!: string;

  @Field(() => ID, { nullable: true })
  sessionId?: string | null;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description: '1 to 10000; null means no limit.',
  })
  maxRedemptions?: number | null;
}

@InputType('RevokeClaimCodeInput')
export class RevokeClaimCodeInput {
  @Field(() => ID)
  claimCodeId!: string;
}

@InputType('RedeemClaimCodeInput')
export class RedeemClaimCodeInput {
  @Field({ description: 'Case and dashes do not matter.' })
  code!: string;
}
