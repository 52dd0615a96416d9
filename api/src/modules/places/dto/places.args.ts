import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class PlacesArgs {
  @Field({ description: 'The start of a place name; accents are ignored.' })
  search!: string;

  @Field(() => Int, { defaultValue: 10, description: 'At most 50.' })
  first!: number;
}
