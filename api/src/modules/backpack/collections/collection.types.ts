import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import {
  BackpackBadgeStatus,
  BackpackItemKind,
} from '../list/backpack-item.type.js';

export const COLLECTION_LIMITS = {
  collectionsPerLearner: 50,
  badgesPerCollection: 200,
  name: 100,
  description: 1000,
} as const;

@ObjectType('BadgeCollection', {
  description:
    "A named, ordered set of the owner's badges; only its owner reads it here.",
})
export class BadgeCollectionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ description: 'True while the collection has a share link.' })
  public!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The public page of the collection, while it is public.',
  })
  shareUrl!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  userId!: string;
}

@ObjectType('PublicCollectionBadge', {
  description: 'A shared badge as a public collection page shows it.',
})
export class PublicCollectionBadgeObject {
  @Field(() => ID)
  id!: string;

  @Field(() => BackpackItemKind)
  kind!: BackpackItemKind;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;

  @Field(() => String, { nullable: true })
  issuerName!: string | null;

  @Field(() => DateTimeScalar)
  issuedAt!: Date;

  @Field(() => BackpackBadgeStatus)
  status!: BackpackBadgeStatus;

  @Field({
    description:
      'The public page of the badge: /badges/<id> when issued here, /imported-badges/<id> when imported.',
  })
  publicUrl!: string;
}

@ObjectType('PublicBadgeCollection', {
  description:
    'A collection opened by its share link. It lists only the badges its owner shares.',
})
export class PublicBadgeCollectionObject {
  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ description: "The owner's display name." })
  ownerName!: string;

  @Field(() => [PublicCollectionBadgeObject])
  badges!: PublicCollectionBadgeObject[];
}

@InputType('BackpackBadgeInput', {
  description: 'A badge of the backpack: its kind and id.',
})
export class BackpackBadgeInput {
  @Field(() => BackpackItemKind)
  kind!: BackpackItemKind;

  @Field(() => ID)
  id!: string;
}

@InputType('CreateCollectionInput')
export class CreateCollectionInput {
  @Field({ description: `1 to ${COLLECTION_LIMITS.name} characters.` })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: `Up to ${COLLECTION_LIMITS.description} characters.`,
  })
  description?: string | null;
}

@InputType('UpdateCollectionInput', {
  description: 'Changes the fields given; omitted fields stay as they are.',
})
export class UpdateCollectionInput {
  @Field(() => ID)
  collectionId!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType('CollectionInput')
export class CollectionInput {
  @Field(() => ID)
  collectionId!: string;
}

@InputType('SetCollectionPublicInput')
export class SetCollectionPublicInput {
  @Field(() => ID)
  collectionId!: string;

  @Field({
    description:
      'True creates a share link and shares every badge in the collection; false turns the link off.',
  })
  public!: boolean;
}

@InputType('CollectionBadgeInput')
export class CollectionBadgeInput {
  @Field(() => ID)
  collectionId!: string;

  @Field(() => BackpackBadgeInput)
  badge!: BackpackBadgeInput;
}

@InputType('MoveCollectionBadgeInput')
export class MoveCollectionBadgeInput extends CollectionBadgeInput {
  @Field(() => Int, { description: 'The new 0-based position.' })
  position!: number;
}

@InputType('ReorderCollectionInput')
export class ReorderCollectionInput {
  @Field(() => ID)
  collectionId!: string;

  @Field(() => [BackpackBadgeInput], {
    description: 'Every badge of the collection, in the new order.',
  })
  badges!: BackpackBadgeInput[];
}
