import type { Type } from '@nestjs/common';

/** The resolvers of this feature, listed for printing the schema. */
export const INSIGHT_RESOLVERS: Type[] = [];
