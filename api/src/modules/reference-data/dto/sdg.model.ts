import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Sdg', { description: 'A UN Sustainable Development Goal.' })
export class SdgModel {
  @Field(() => Int, { description: 'The official goal number, 1 to 17.' })
  number!: number;

  @Field()
  shortTitle!: string;

  @Field()
  title!: string;

  @Field({ description: 'The official colour as `#RRGGBB`.' })
  colour!: string;
}
