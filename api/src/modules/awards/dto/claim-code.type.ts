import {
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
} from '@nestjs/graphql';

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

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Null means no limit.' })
  maxRedemptions!: number | null;

  @Field(() => Int)
  redemptionCount!: number;

  @Field()
  revoked!: boolean;

  @Field(() => ID, { nullable: true })
  sessionId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  achievementId!: string;
}
