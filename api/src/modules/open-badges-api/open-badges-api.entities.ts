import type { Type } from '@nestjs/common';

/** The tables of this feature, listed in the app's entity list. */
export const OPEN_BADGES_API_ENTITIES: Type[] = [];
