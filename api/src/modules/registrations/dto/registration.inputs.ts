import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

import { Attendance, RegistrationStatus } from '../registration.entity.js';

export const DEFAULT_MY_REGISTRATIONS_PAGE = 20;
export const DEFAULT_SESSION_REGISTRATIONS_PAGE = 50;
export const MAX_REGISTRATIONS_PAGE = 100;

@InputType('RegisterForSessionInput')
export class RegisterForSessionInput {
  @Field(() => ID)
  sessionId!: string;
}

@InputType('WithdrawRegistrationInput')
export class WithdrawRegistrationInput {
  @Field(() => ID)
  registrationId!: string;
}

@InputType('MarkAttendanceInput')
export class MarkAttendanceInput {
  @Field(() => ID)
  registrationId!: string;

  @Field(() => Attendance)
  attendance!: Attendance;
}

@InputType('MarkAllAttendanceInput')
export class MarkAllAttendanceInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => Attendance)
  attendance!: Attendance;
}

@ArgsType()
export class MyRegistrationsArgs {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: sessions that have not ended; false: ended ones; null: both.',
  })
  upcoming?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_MY_REGISTRATIONS_PAGE,
    description: `1 to ${MAX_REGISTRATIONS_PAGE}; null means ${DEFAULT_MY_REGISTRATIONS_PAGE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class SessionRegistrationsArgs {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => RegistrationStatus, {
    nullable: true,
    description: 'Null means REGISTERED and WAITLISTED, without withdrawals.',
  })
  status?: RegistrationStatus | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_SESSION_REGISTRATIONS_PAGE,
    description: `1 to ${MAX_REGISTRATIONS_PAGE}; null means ${DEFAULT_SESSION_REGISTRATIONS_PAGE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
