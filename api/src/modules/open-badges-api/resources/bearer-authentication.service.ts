import { Injectable } from '@nestjs/common';
import type { Request } from 'express';

import { digestToken } from '../../../common/security/tokens.js';
import { OAuthTokenKind } from '../entities/oauth-token.entity.js';
import { OAuthRepository } from '../oauth/oauth.repository.js';
import { ImsxError } from './imsx-error.js';

const REALM = 'realm="learnscape"';

/** The learner and grant an access token acts for. */
export interface TokenHolder {
  userId: string;
  grantId: string;
  scopes: string[];
}

/** Checks Bearer access tokens (RFC 6750) and their scopes. */
@Injectable()
export class BearerAuthentication {
  constructor(private readonly repository: OAuthRepository) {}

  async authenticate(request: Request, scope: string): Promise<TokenHolder> {
    const header = request.headers.authorization?.trim() ?? '';
    const match = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i.exec(header);
    if (match === null) {
      throw new ImsxError(
        401,
        'unauthorizedrequest',
        'An access token is required; send it as Authorization: Bearer <token>.',
        `Bearer ${REALM}`,
      );
    }
    const token = await this.repository.findToken(
      digestToken(match[1]!),
      OAuthTokenKind.ACCESS,
    );
    if (token === null || !token.active) {
      throw new ImsxError(
        401,
        'unauthorizedrequest',
        'The access token is invalid, expired or revoked.',
        `Bearer ${REALM}, error="invalid_token", error_description="The access token is invalid, expired or revoked"`,
      );
    }
    if (!token.scopes.includes(scope)) {
      throw new ImsxError(
        403,
        'forbidden',
        `The access token lacks the scope ${scope}.`,
        `Bearer ${REALM}, error="insufficient_scope", scope="${scope}"`,
      );
    }
    await this.repository.touchGrant(token.grantId);

    return {
      userId: token.userId,
      grantId: token.grantId,
      scopes: token.scopes,
    };
  }
}
