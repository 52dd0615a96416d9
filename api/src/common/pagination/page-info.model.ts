import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Where a page of a cursor connection ends.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` to get the next page.',
  })
  endCursor!: string | null;
}
