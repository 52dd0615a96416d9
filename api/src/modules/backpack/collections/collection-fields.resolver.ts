import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '../../../common/auth/access.decorators.js';
import type { RequestContext } from '../../../common/graphql/loader-registry.js';
import { BackpackItemsRepository } from '../backpack-items.repository.js';
import { BackpackItemObject } from '../list/backpack-item.type.js';
import { BackpackListService } from '../list/backpack-list.service.js';
import { BadgeCollectionObject } from './collection.types.js';
import { CollectionsRepository } from './collections.repository.js';

/**
 * Fields of a collection from other tables, batched per request. Only the
 * owner's queries return a BadgeCollection, so the fields check nothing more.
 */
@Public()
@Resolver(() => BadgeCollectionObject)
export class CollectionFieldsResolver {
  constructor(
    private readonly collections: CollectionsRepository,
    private readonly items: BackpackItemsRepository,
    private readonly list: BackpackListService,
  ) {}

  @ResolveField(() => Int, {
    description: 'Badges stored in the collection.',
  })
  badgeCount(
    @Parent() collection: BadgeCollectionObject,
    @Context() { loaders }: RequestContext,
  ): Promise<number> {
    return loaders.load(
      'collectionBadgeCount',
      (ids: readonly string[]) => this.collections.countItems(ids),
      collection.id,
      0,
    );
  }

  @ResolveField(() => [BackpackItemObject], {
    description:
      "The collection's badges in order, shared or not; badges no longer in the backpack are left out.",
  })
  async badges(
    @Parent() collection: BadgeCollectionObject,
    @Context() { loaders }: RequestContext,
  ): Promise<BackpackItemObject[]> {
    const rows = await loaders.load(
      `collectionBadges:${collection.userId}`,
      (ids: readonly string[]) =>
        this.items.findInCollections(collection.userId, ids),
      collection.id,
      [],
    );

    return rows.map((row) => this.list.present(row));
  }
}
