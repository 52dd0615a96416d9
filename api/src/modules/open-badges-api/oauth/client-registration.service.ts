import { Injectable, Logger } from '@nestjs/common';

import { digestToken, generateToken } from '../../../common/security/tokens.js';
import { validateClientMetadata } from './client-metadata.js';
import type { ClientRow } from './oauth.repository.js';
import { OAuthRepository } from './oauth.repository.js';

/** The RFC 7591 registration response: metadata plus credentials. */
export type RegistrationResponse = Record<string, unknown>;

/** Registers clients through OAuth 2.0 Dynamic Client Registration. */
@Injectable()
export class ClientRegistrationService {
  private readonly logger = new Logger(ClientRegistrationService.name);

  constructor(private readonly repository: OAuthRepository) {}

  /**
   * Stores a client and returns its credentials once. The secret is kept
   * only as its SHA-256 digest, so it cannot be shown again.
   */
  async register(body: unknown): Promise<RegistrationResponse> {
    const metadata = validateClientMetadata(body);
    const secret =
      metadata.tokenEndpointAuthMethod === 'none' ? null : generateToken();
    const client = await this.repository.insertClient({
      ...metadata,
      clientId: generateToken().slice(0, 32),
      clientSecretHash: secret === null ? null : digestToken(secret),
    });
    this.logger.log(`Registered OAuth client ${client.id}`);

    return {
      client_id: client.clientId,
      ...(secret === null ? {} : { client_secret: secret }),
      client_id_issued_at: Math.floor(client.createdAt.getTime() / 1000),
      client_secret_expires_at: 0,
      ...registeredMetadata(client),
    };
  }
}

function registeredMetadata(client: ClientRow): Record<string, unknown> {
  return {
    client_name: client.clientName,
    client_uri: client.clientUri,
    logo_uri: client.logoUri,
    tos_uri: client.tosUri,
    policy_uri: client.policyUri,
    software_id: client.softwareId,
    software_version: client.softwareVersion,
    redirect_uris: client.redirectUris,
    token_endpoint_auth_method: client.tokenEndpointAuthMethod,
    grant_types: client.grantTypes,
    response_types: ['code'],
    scope: client.scopes.join(' '),
    contacts: client.contacts,
  };
}
