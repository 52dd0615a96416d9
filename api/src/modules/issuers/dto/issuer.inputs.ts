import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('RotateIssuerKeysInput')
export class RotateIssuerKeysInput {
  @Field(() => ID)
  organisationId!: string;
}
