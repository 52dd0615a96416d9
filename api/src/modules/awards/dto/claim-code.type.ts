import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';

@ObjectType('ClaimCode', {
  description:
    'A code that learners redeem for a badge, shown as text or a QR code.',
})
export class ClaimCodeObject {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Grouped for reading out, such as ABCD-EFGH-JK.' })
  code!: string;

  @Field({ description: 'The claim page; the QR code links to it.' })
  claimUrl!: string;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Null means no limit.' })
  maxRedemptions!: number | null;

  @Field(() => Int)
  redemptionCount!: number;

  @Field()
  revoked!: boolean;

  @Field(() => ID, { nullable: true })
  sessionId!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  achievementId!: string;
}
