import { Field, ID, ObjectType } from '@nestjs/graphql';

import { CredentialStatus } from '../../credentials/credential.entity.js';

/** A badge already issued for one registration at a session. */
@ObjectType('SessionAward')
export class SessionAwardObject {
  @Field(() => ID)
  registrationId!: string;

  @Field(() => ID)
  credentialId!: string;

  @Field(() => CredentialStatus)
  status!: CredentialStatus;
}
