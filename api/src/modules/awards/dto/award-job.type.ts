import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { AwardJobStatus } from '../award-job.entity.js';

registerEnumType(AwardJobStatus, { name: 'AwardJobStatus' });

@ObjectType('AwardFailure', {
  description: 'A recipient of a bulk award who got no badge, and why.',
})
export class AwardFailureObject {
  @Field({ description: 'The e-mail address, as given or as registered.' })
  recipient!: string;

  @Field({
    description:
      'ALREADY_AWARDED, INVALID_EMAIL, NOT_ATTENDED or ISSUE_FAILED.',
  })
  code!: string;

  @Field()
  message!: string;
}

@ObjectType('AwardJob', {
  description: 'A bulk award; it runs in the background, so poll it.',
})
export class AwardJobObject {
  @Field(() => ID)
  id!: string;

  @Field(() => AwardJobStatus)
  status!: AwardJobStatus;

  @Field(() => Int, { description: 'Recipients after removing repeats.' })
  total!: number;

  @Field(() => Int)
  succeeded!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => [AwardFailureObject])
  failures!: AwardFailureObject[];

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt!: Date | null;

  achievementId!: string;

  organisationId!: string;
}
