import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import {
  BadgeCollectionObject,
  COLLECTION_LIMITS,
  CollectionBadgeInput,
  CollectionInput,
  CreateCollectionInput,
  MoveCollectionBadgeInput,
  PublicBadgeCollectionObject,
  ReorderCollectionInput,
  SetCollectionPublicInput,
  UpdateCollectionInput,
} from './collection.types.js';
import { CollectionItemsService } from './collection-items.service.js';
import { CollectionsService } from './collections.service.js';

/** Collections of badges: the owner's reads and changes, and the public page. */
@Resolver()
export class CollectionsResolver {
  constructor(
    private readonly collections: CollectionsService,
    private readonly items: CollectionItemsService,
  ) {}

  @SignedIn()
  @Query(() => [BadgeCollectionObject], {
    description: `The viewer's collections, oldest first; at most ${COLLECTION_LIMITS.collectionsPerLearner}.`,
  })
  myCollections(
    @CurrentViewer() viewer: Viewer,
  ): Promise<BadgeCollectionObject[]> {
    return this.collections.mine(viewer);
  }

  @SignedIn()
  @Query(() => BadgeCollectionObject, {
    description:
      "One of the viewer's collections; NOT_FOUND for anyone else's.",
  })
  collection(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<BadgeCollectionObject> {
    return this.collections.findOwn(viewer, id);
  }

  @Public()
  @Query(() => PublicBadgeCollectionObject, {
    description:
      'A public collection by the token of its share link, for anyone. NOT_FOUND once the link is turned off or replaced.',
  })
  publicCollection(
    @Args('token') token: string,
  ): Promise<PublicBadgeCollectionObject> {
    return this.collections.byShareToken(token);
  }

  @SignedIn()
  @Mutation(() => BadgeCollectionObject, {
    description: `Creates a private collection; at most ${COLLECTION_LIMITS.collectionsPerLearner} per learner.`,
  })
  createCollection(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateCollectionInput,
  ): Promise<BadgeCollectionObject> {
    return this.collections.create(viewer, input);
  }

  @SignedIn()
  @Mutation(() => BadgeCollectionObject, {
    description: 'Renames or describes a collection of the viewer.',
  })
  updateCollection(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateCollectionInput,
  ): Promise<BadgeCollectionObject> {
    return this.collections.update(viewer, input);
  }

  @SignedIn()
  @Mutation(() => ID, {
    description:
      'Deletes a collection of the viewer and returns its id. The badges stay in the backpack.',
  })
  deleteCollection(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CollectionInput,
  ): Promise<string> {
    return this.collections.delete(viewer, input);
  }

  @SignedIn()
  @Mutation(() => BadgeCollectionObject, {
    description: `Adds a badge of the viewer's backpack at the end; at most ${COLLECTION_LIMITS.badgesPerCollection} per collection. Adding to a public collection shares the badge.`,
  })
  addBadgeToCollection(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CollectionBadgeInput,
  ): Promise<BadgeCollectionObject> {
    return this.items.add(viewer, input);
  }

  @SignedIn()
  @Mutation(() => BadgeCollectionObject, {
    description:
      'Takes a badge out of the collection; it stays in the backpack.',
  })
  removeBadgeFromCollection(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CollectionBadgeInput,
  ): Promise<BadgeCollectionObject> {
    return this.items.remove(viewer, input);
  }

  @SignedIn()
  @Mutation(() => BadgeCollectionObject, {
    description: 'Moves one badge to a new 0-based position.',
  })
  moveCollectionBadge(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MoveCollectionBadgeInput,
  ): Promise<BadgeCollectionObject> {
    return this.items.move(viewer, input);
  }

  @SignedIn()
  @Mutation(() => BadgeCollectionObject, {
    description: 'Puts every badge of the collection in the given order.',
  })
  reorderCollection(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReorderCollectionInput,
  ): Promise<BadgeCollectionObject> {
    return this.items.reorder(viewer, input);
  }

  @SignedIn()
  @Mutation(() => BadgeCollectionObject, {
    description:
      'Makes a collection public, with a share link, and shares every badge in it; or private again, which turns the link off.',
  })
  setCollectionPublic(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetCollectionPublicInput,
  ): Promise<BadgeCollectionObject> {
    return this.collections.setPublic(viewer, input);
  }

  @SignedIn()
  @Mutation(() => BadgeCollectionObject, {
    description:
      'Gives a public collection a new share link; the old link stops working at once.',
  })
  replaceCollectionShareLink(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CollectionInput,
  ): Promise<BadgeCollectionObject> {
    return this.collections.replaceShareLink(viewer, input);
  }
}
