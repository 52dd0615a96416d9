import type { Type } from '@nestjs/common';

import { BadgeImportsResolver } from './badge-imports.resolver.js';

/** The resolvers of this feature, listed for printing the schema. */
export const BADGE_IMPORT_RESOLVERS: Type[] = [BadgeImportsResolver];
