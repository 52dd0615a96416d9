import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { PageInfo } from '../../../common/pagination/page-info.model.js';
import { OrganisationKind } from '../organisation.entity.js';
import { OrganisationRole } from '../organisation-member.entity.js';

registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(OrganisationRole, {
  name: 'OrganisationRole',
  description:
    'Owners manage members and everything else, editors list opportunities, awarders record attendance and award badges.',
});

@ObjectType('Organisation', {
  description: 'A provider, council or employer.',
})
export class OrganisationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Unique, URL-safe name, made from the name.' })
  slug!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  website!: string | null;

  /**
   * When a platform administrator verified the organisation. Rows read
   * without the column leave it undefined; the `verified` and `verifiedAt`
   * fields then load it.
   */
  verifiedAt?: Date | null;

  /** Loaded like `verifiedAt` when the parent's query did not select it. */
  createdAt?: Date;
}

@ObjectType('OrganisationEdge')
export class OrganisationEdge {
  @Field(() => OrganisationModel)
  node!: OrganisationModel;

  @Field()
  cursor!: string;
}

@ObjectType('OrganisationConnection')
export class OrganisationConnection {
  @Field(() => [OrganisationEdge])
  edges!: OrganisationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All matches, not only this page.' })
  totalCount!: number;
}
