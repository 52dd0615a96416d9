import { Field, ID, ObjectType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { CredentialStatus } from '../../credentials/credential.entity.js';

@ObjectType('Endorsement', {
  description:
    "An organisation's signed support for a badge or another organisation.",
})
export class EndorsementObject {
  @Field(() => ID)
  id!: string;

  @Field()
  comment!: string;

  @Field(() => DateTimeScalar)
  issuedAt!: Date;

  @Field(() => CredentialStatus)
  status!: CredentialStatus;

  @Field({ description: 'The signed EndorsementCredential, pretty-printed.' })
  json!: string;

  /** The endorser. */
  organisationId!: string;

  achievementId!: string | null;

  endorsedOrganisationId!: string | null;
}
