import type { Type } from '@nestjs/common';

/** The tables of this feature, listed in the app's entity list. */
export const PROPOSAL_ENTITIES: Type[] = [];
