import type { Type } from '@nestjs/common';

import { OAuthAuthorizationRequest } from './entities/oauth-authorization-request.entity.js';
import { OAuthClient } from './entities/oauth-client.entity.js';
import { OAuthGrant } from './entities/oauth-grant.entity.js';
import { OAuthToken } from './entities/oauth-token.entity.js';

/** The tables of this feature, listed in the app's entity list. */
export const OPEN_BADGES_API_ENTITIES: Type[] = [
  OAuthClient,
  OAuthGrant,
  OAuthAuthorizationRequest,
  OAuthToken,
];
