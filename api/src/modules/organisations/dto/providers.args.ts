import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class ProvidersArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 50,
    description: '1 to 100; null means 50.',
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
