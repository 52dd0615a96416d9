import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('ChangeCredentialStatusInput')
export class ChangeCredentialStatusInput {
  @Field(() => ID)
  credentialId!: string;

  @Field({ description: 'Why the status changes; 1 to 500 characters.' })
  reason!: string;
}
