import { Injectable, Logger } from '@nestjs/common';

import { NotFoundError } from '../../../common/errors/domain-error.js';
import { AuthorizationService } from '../oauth/authorization.service.js';
import { type ClientRow, OAuthRepository } from '../oauth/oauth.repository.js';
import { SCOPE_DESCRIPTIONS } from '../scopes.js';
import type {
  AuthorizationRequestObject,
  ConnectedAppObject,
  OAuthClientObject,
  OAuthScopeObject,
} from './connected-app.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toScopes(scopes: string[]): OAuthScopeObject[] {
  return scopes.map((uri) => ({
    uri,
    description: SCOPE_DESCRIPTIONS[uri] ?? uri,
  }));
}

function toClient(
  client: Pick<
    ClientRow,
    'clientName' | 'clientUri' | 'logoUri' | 'tosUri' | 'policyUri'
  >,
): OAuthClientObject {
  return {
    name: client.clientName,
    clientUri: client.clientUri,
    logoUri: client.logoUri,
    tosUri: client.tosUri,
    policyUri: client.policyUri,
  };
}

/** The learner's side of OAuth: consent and connected apps. */
@Injectable()
export class ConnectedAppsService {
  private readonly logger = new Logger(ConnectedAppsService.name);

  constructor(
    private readonly authorization: AuthorizationService,
    private readonly repository: OAuthRepository,
  ) {}

  async request(
    id: string,
    userId: string,
  ): Promise<AuthorizationRequestObject> {
    const { request, client } = await this.authorization.pending(id, userId);

    return {
      id: request.id,
      client: toClient(client),
      redirectUri: request.redirectUri,
      scopes: toScopes(request.scopes),
      expiresAt: request.expiresAt,
    };
  }

  async decide(requestId: string, userId: string, approve: boolean) {
    return {
      redirectUrl: await this.authorization.decide(requestId, userId, approve),
    };
  }

  async list(userId: string): Promise<ConnectedAppObject[]> {
    const grants = await this.repository.activeGrants(userId);

    return grants.map((grant) => ({
      id: grant.id,
      client: toClient(grant.client),
      scopes: toScopes(grant.scopes),
      connectedAt: new Date(grant.createdAt),
      lastUsedAt: grant.lastUsedAt === null ? null : new Date(grant.lastUsedAt),
    }));
  }

  /** Revokes one of the learner's grants; its tokens stop working at once. */
  async revoke(userId: string, grantId: string): Promise<string> {
    const revoked =
      UUID.test(grantId) &&
      (await this.repository.revokeGrant(grantId, userId));
    if (!revoked) {
      throw new NotFoundError(`Connected app ${grantId} was not found.`);
    }
    this.logger.log(`Grant ${grantId} revoked by its learner`);

    return grantId;
  }
}
