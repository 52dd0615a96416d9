import { Field, InputType, Int } from '@nestjs/graphql';

@InputType('SignUpInput')
export class SignUpInput {
  @Field({ description: 'Trimmed and stored in lower case.' })
  email!: string;

  @Field({
    description:
      '10 to 256 characters, not a common password and not the e-mail address.',
  })
  password!: string;

  @Field()
  name!: string;

  @Field(() => Int, {
    description: 'The person must turn 16 or older this year.',
  })
  birthYear!: number;
}

@InputType('SignInInput')
export class SignInInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}
