import type { Type } from '@nestjs/common';

/** The resolvers of this feature, listed for printing the schema. */
export const OPEN_BADGES_API_RESOLVERS: Type[] = [];
