import type { Type } from '@nestjs/common';

import { ConnectedAppsResolver } from './connected-apps/connected-apps.resolver.js';

/** The resolvers of this feature, listed for printing the schema. */
export const OPEN_BADGES_API_RESOLVERS: Type[] = [ConnectedAppsResolver];
