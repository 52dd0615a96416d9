import { timingSafeEqual } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { digestToken } from '../../../common/security/tokens.js';
import { type ClientRow, OAuthRepository } from './oauth.repository.js';
import { OAuthError } from './oauth-error.js';

/** Form fields of the token and revocation endpoints, each given once. */
export type FormFields = Record<string, string>;

function invalidClient(): never {
  throw new OAuthError(
    'invalid_client',
    'Client authentication failed; send the client_id and client_secret from registration with HTTP Basic authentication.',
    401,
  );
}

/** Reads `client_id:client_secret` from a Basic header (RFC 6749 2.3.1). */
function basicCredentials(
  header: string | undefined,
): { id: string; secret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header?.trim() ?? '');
  if (match === null) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) invalidClient();
  try {
    return {
      id: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')),
      secret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')),
    };
  } catch {
    return invalidClient();
  }
}

function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(digestToken(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');

  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * Authenticates the client of a token or revocation request: HTTP Basic
 * or `client_secret_post` for confidential clients, a bare `client_id`
 * for public ones.
 */
@Injectable()
export class ClientAuthentication {
  constructor(private readonly repository: OAuthRepository) {}

  async authenticate(
    authorization: string | undefined,
    form: FormFields,
  ): Promise<ClientRow> {
    const basic = basicCredentials(authorization);
    const id = basic?.id ?? form.client_id;
    const secret = basic?.secret ?? form.client_secret;
    if (id === undefined || id === '') invalidClient();
    if (
      basic !== null &&
      form.client_id !== undefined &&
      form.client_id !== id
    ) {
      invalidClient();
    }
    const client = await this.repository.findClient(id);
    if (client === null) invalidClient();
    if (client.clientSecretHash === null) {
      if (secret !== undefined) invalidClient();

      return client;
    }
    if (
      secret === undefined ||
      !secretMatches(secret, client.clientSecretHash)
    ) {
      invalidClient();
    }

    return client;
  }
}
