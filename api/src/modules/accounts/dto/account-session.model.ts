import { Field, ID, ObjectType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';

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

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, {
    description: 'Updated at most every five minutes.',
  })
  lastUsedAt!: Date;

  @Field({ description: 'True for the session making this request.' })
  current!: boolean;
}
