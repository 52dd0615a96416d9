import type { Type } from '@nestjs/common';

import {
  BadgeCollection,
  BadgeCollectionItem,
} from './collections/badge-collection.entity.js';

/** The tables of this feature, listed in the app's entity list. */
export const BACKPACK_ENTITIES: Type[] = [BadgeCollection, BadgeCollectionItem];
