import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { digestToken, generateToken } from '../../../common/security/tokens.js';
import { OAuthTokenKind } from '../entities/oauth-token.entity.js';
import { parseScope, scopesOutside } from '../scopes.js';
import type { FormFields } from './client-authentication.service.js';
import { type ClientRow, OAuthRepository } from './oauth.repository.js';
import { OAuthError } from './oauth-error.js';
import { verifierMatches } from './pkce.js';

/** One hour, as the Open Badges 3.0 security section recommends. */
export const ACCESS_TOKEN_SECONDS = 60 * 60;
/** Each refresh replaces the refresh token, so this is the idle limit. */
export const REFRESH_TOKEN_SECONDS = 30 * 24 * 60 * 60;

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  refresh_token?: string;
}

function required(form: FormFields, field: string): string {
  const value = form[field];
  if (value === undefined || value === '') {
    throw new OAuthError('invalid_request', `${field} is missing.`);
  }

  return value;
}

function invalidGrant(message: string): never {
  throw new OAuthError('invalid_grant', message);
}

/** Narrows granted scopes to the optional `scope` parameter. */
function narrowScopes(form: FormFields, granted: string[]): string[] {
  if (form.scope === undefined || form.scope.trim() === '') return granted;
  const requested = parseScope(form.scope);
  const extra = scopesOutside(requested, granted);
  if (extra.length > 0) {
    throw new OAuthError(
      'invalid_scope',
      `scope ${extra.join(' ')} was not granted; request only: ${granted.join(' ')}.`,
    );
  }

  return requested;
}

/** The token endpoint's grants and token revocation (RFC 6749, RFC 7009). */
@Injectable()
export class TokenService {
  private readonly logger = new Logger(TokenService.name);

  constructor(private readonly repository: OAuthRepository) {}

  /** Exchanges an authorization code, checking its binding and PKCE. */
  async exchangeCode(
    client: ClientRow,
    form: FormFields,
  ): Promise<TokenResponse> {
    const code = required(form, 'code');
    const redirectUri = required(form, 'redirect_uri');
    const verifier = required(form, 'code_verifier');
    const { request, reused } = await this.repository.consumeCode(
      this.repository.manager(),
      digestToken(code),
    );
    if (reused && request?.grantId) {
      // RFC 6749 section 4.1.2: a reused code revokes what it issued.
      await this.repository.revokeGrant(request.grantId, null);
      this.logger.warn(
        `Revoked grant ${request.grantId} after its code was reused`,
      );
    }
    if (request === null || reused) {
      invalidGrant('The authorization code is invalid or was already used.');
    }
    if (request.clientId !== client.id || request.userId === null) {
      invalidGrant('The authorization code was not issued to this client.');
    }
    if (!request.live) invalidGrant('The authorization code has expired.');
    if (request.redirectUri !== redirectUri) {
      invalidGrant('redirect_uri does not match the authorization request.');
    }
    if (!verifierMatches(verifier, request.codeChallenge)) {
      invalidGrant('code_verifier does not match the code_challenge (S256).');
    }
    const scopes = narrowScopes(form, request.scopes);
    const userId = request.userId;

    return this.repository.transaction(async (manager) => {
      const grantId = await this.repository.upsertGrant(
        manager,
        userId,
        client.id,
        request.scopes,
      );
      await this.repository.setRequestGrant(manager, request.id, grantId);

      return this.issue(manager, client, grantId, scopes, request.scopes);
    });
  }

  /** Rotates a refresh token: the old one stops working at once. */
  async refresh(client: ClientRow, form: FormFields): Promise<TokenResponse> {
    if (!client.grantTypes.includes('refresh_token')) {
      throw new OAuthError(
        'unauthorized_client',
        'This client did not register the refresh_token grant type.',
      );
    }
    const token = await this.repository.findToken(
      digestToken(required(form, 'refresh_token')),
      OAuthTokenKind.REFRESH,
    );
    if (token === null || token.clientId !== client.id) {
      invalidGrant('The refresh token is invalid.');
    }
    if (!token.active) {
      if (token.grantActive) {
        // A rotated refresh token came back: someone copied it, so the
        // whole grant ends (OAuth 2.0 Security Best Current Practice 4.14).
        await this.repository.revokeGrant(token.grantId, null);
        this.logger.warn(
          `Revoked grant ${token.grantId} after refresh token reuse`,
        );
      }
      invalidGrant('The refresh token has expired or was revoked.');
    }
    const scopes = narrowScopes(form, token.scopes);

    return this.repository.transaction(async (manager) => {
      if (!(await this.repository.revokeToken(manager, token.id))) {
        invalidGrant('The refresh token was already used.');
      }

      return this.issue(manager, client, token.grantId, scopes, token.scopes);
    });
  }

  /**
   * Revokes a token of this client (RFC 7009). Revoking a refresh token
   * ends its grant with every token in it; an unknown token is ignored.
   */
  async revoke(client: ClientRow, form: FormFields): Promise<void> {
    const hint = form.token_type_hint;
    if (
      hint !== undefined &&
      hint !== 'access_token' &&
      hint !== 'refresh_token'
    ) {
      throw new OAuthError(
        'unsupported_token_type',
        `token_type_hint ${hint} is not supported; use access_token or refresh_token.`,
      );
    }
    const token = await this.repository.findToken(
      digestToken(required(form, 'token')),
      null,
    );
    if (token === null) return;
    if (token.clientId !== client.id) {
      throw new OAuthError(
        'unauthorized_client',
        'The token was issued to another client.',
      );
    }
    if (token.kind === OAuthTokenKind.REFRESH) {
      await this.repository.revokeGrant(token.grantId, null);

      return;
    }
    await this.repository.revokeToken(this.repository.manager(), token.id);
  }

  private async issue(
    manager: EntityManager,
    client: ClientRow,
    grantId: string,
    scopes: string[],
    refreshScopes: string[],
  ): Promise<TokenResponse> {
    const accessToken = generateToken();
    await this.repository.insertToken(manager, {
      grantId,
      kind: OAuthTokenKind.ACCESS,
      tokenHash: digestToken(accessToken),
      scopes,
      lifetimeSeconds: ACCESS_TOKEN_SECONDS,
    });
    const response: TokenResponse = {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: ACCESS_TOKEN_SECONDS,
      scope: scopes.join(' '),
    };
    if (!client.grantTypes.includes('refresh_token')) return response;
    const refreshToken = generateToken();
    await this.repository.insertToken(manager, {
      grantId,
      kind: OAuthTokenKind.REFRESH,
      tokenHash: digestToken(refreshToken),
      scopes: refreshScopes,
      lifetimeSeconds: REFRESH_TOKEN_SECONDS,
    });

    return { ...response, refresh_token: refreshToken };
  }
}
