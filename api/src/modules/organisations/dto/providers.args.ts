import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class ProvidersArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most 100.' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
