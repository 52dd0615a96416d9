import { Field, InputType } from '@nestjs/graphql';

@InputType('VerifyEmailInput')
export class VerifyEmailInput {
  @Field({ description: 'The `token` parameter of the e-mailed link.' })
  token!: string;
}

@InputType('RequestPasswordResetInput')
export class RequestPasswordResetInput {
  @Field()
  email!: string;
}

@InputType('ResetPasswordInput')
export class ResetPasswordInput {
  @Field({ description: 'The `token` parameter of the e-mailed link.' })
  token!: string;

  @Field()
  newPassword!: string;
}
