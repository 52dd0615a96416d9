import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class PlacesArgs {
  @Field({ description: 'The start of a place name; accents are ignored.' })
  search!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 10,
    description: '1 to 50; null means 10.',
  })
  first?: number | null;
}
