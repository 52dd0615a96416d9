import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import {
  CheckOutcome,
  CredentialFormat,
  VerificationCheckName,
} from '../verification-result.js';

registerEnumType(CredentialFormat, {
  name: 'CredentialFormat',
  description: 'How a credential was submitted for verification.',
});
registerEnumType(VerificationCheckName, { name: 'VerificationCheckName' });
registerEnumType(CheckOutcome, { name: 'CheckOutcome' });

@ObjectType('VerificationCheck', {
  description: 'One check of a verification.',
})
export class VerificationCheckModel {
  @Field(() => VerificationCheckName)
  check!: VerificationCheckName;

  @Field(() => CheckOutcome)
  outcome!: CheckOutcome;

  @Field({ description: 'What was found, in words a person can act on.' })
  message!: string;
}

@ObjectType('EndorsementVerification', {
  description: 'The verification of one endorsement embedded in a credential.',
})
export class EndorsementVerificationModel {
  @Field(() => String, { nullable: true })
  endorserName!: string | null;

  @Field(() => String, { nullable: true })
  endorserId!: string | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field()
  verified!: boolean;

  @Field(() => [VerificationCheckModel])
  checks!: VerificationCheckModel[];
}

@ObjectType('VerificationResult', {
  description:
    'The outcome of verifying a credential. verified is true only when FORMAT, STRUCTURE, PROOF and ISSUER_KEY passed and no other check failed.',
})
export class VerificationResultModel {
  @Field()
  verified!: boolean;

  @Field(() => CredentialFormat)
  format!: CredentialFormat;

  @Field(() => String, { nullable: true })
  credentialId!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  issuerId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The issuer's name: from this site when issuerKnown, else as the credential names itself, which anyone can claim.",
  })
  issuerName!: string | null;

  @Field({
    description:
      "True only when the issuer id is the did:web of one of this site's organisations.",
  })
  issuerKnown!: boolean;

  @Field(() => String, { nullable: true })
  achievementName!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  validFrom!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  validUntil!: Date | null;

  @Field(() => [VerificationCheckModel])
  checks!: VerificationCheckModel[];

  @Field(() => [EndorsementVerificationModel])
  endorsements!: EndorsementVerificationModel[];
}
