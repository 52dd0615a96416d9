import { Field, InputType } from '@nestjs/graphql';

@InputType('VerifyCredentialInput')
export class VerifyCredentialInput {
  @Field({
    description:
      'The credential as JSON, a VC-JWT, SVG text, or a PNG as a data: URL.',
  })
  credential!: string;

  @Field(() => String, {
    nullable: true,
    description: 'An e-mail address to compare with the recipient.',
  })
  recipientEmail?: string | null;
}
