import type { Type } from '@nestjs/common';

/** The resolvers of this feature, listed for printing the schema. */
export const OPEN_DATA_RESOLVERS: Type[] = [];
