import type { Type } from '@nestjs/common';

import { OpenDataFeedItem } from './feed-item.entity.js';

/** The tables of this feature, listed in the app's entity list. */
export const OPEN_DATA_ENTITIES: Type[] = [OpenDataFeedItem];
