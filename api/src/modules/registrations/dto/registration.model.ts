import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { PageInfo } from '../../../common/pagination/page-info.model.js';
import {
  OpportunityModel,
  OpportunitySessionModel,
} from '../../opportunities/dto/opportunity.model.js';
import { Attendance, RegistrationStatus } from '../registration.entity.js';

registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });
registerEnumType(Attendance, { name: 'Attendance' });

@ObjectType('RegisteredLearner', {
  description: 'The person behind a registration, as the provider sees them.',
})
export class RegisteredLearnerModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;
}

@ObjectType('Registration', { description: "A learner's place at a session." })
export class RegistrationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => RegistrationStatus)
  status!: RegistrationStatus;

  @Field(() => Attendance, {
    nullable: true,
    description: 'Null until the provider marks it.',
  })
  attendance!: Attendance | null;

  @Field(() => Int, {
    nullable: true,
    description: '1 for the next to move up; null unless WAITLISTED.',
  })
  waitlistPosition!: number | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => OpportunitySessionModel)
  session!: OpportunitySessionModel;

  userId!: string;

  opportunityId!: string;

  /** The organisation that runs the opportunity. */
  providerId!: string;
}

@ObjectType('RegistrationEdge')
export class RegistrationEdge {
  @Field(() => RegistrationModel)
  node!: RegistrationModel;

  @Field()
  cursor!: string;
}

@ObjectType('RegistrationConnection')
export class RegistrationConnection {
  @Field(() => [RegistrationEdge])
  edges!: RegistrationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All matches, across every page.' })
  totalCount!: number;
}

@ObjectType('SessionRegistrationConnection', {
  description: 'Registrations of one session, with the session itself.',
})
export class SessionRegistrationConnection extends RegistrationConnection {
  @Field(() => OpportunitySessionModel)
  session!: OpportunitySessionModel;

  @Field(() => OpportunityModel)
  opportunity!: OpportunityModel;
}
