import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AccountSession', {
  description: 'A browser or device signed in to the account.',
})
export class AccountSessionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The browser’s User-Agent header when it signed in.',
  })
  userAgent!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, {
    description: 'Updated at most every five minutes.',
  })
  lastUsedAt!: Date;

  @Field({ description: 'True for the session making this request.' })
  current!: boolean;
}
