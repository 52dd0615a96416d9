import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { BadUserInputError } from '../../../common/errors/domain-error.js';
import { digestToken, generateToken } from '../../../common/security/tokens.js';
import { UserTokenPurpose } from '../user-token.entity.js';
import {
  type ConsumedToken,
  UserTokensRepository,
} from './user-tokens.repository.js';

/** How long an e-mailed link works, in seconds. */
export const TOKEN_LIFETIME_SECONDS: Record<UserTokenPurpose, number> = {
  [UserTokenPurpose.VERIFY_EMAIL]: 24 * 60 * 60,
  [UserTokenPurpose.RESET_PASSWORD]: 60 * 60,
};

const NEXT_STEP: Record<UserTokenPurpose, string> = {
  [UserTokenPurpose.VERIFY_EMAIL]:
    'sign in and request a new verification e-mail from your account settings',
  [UserTokenPurpose.RESET_PASSWORD]: 'request a new password reset link',
};

/** Single-use, expiring tokens for links in e-mails. */
@Injectable()
export class UserTokens {
  constructor(private readonly tokens: UserTokensRepository) {}

  /** Stores a new token's digest and returns the token for the link. */
  async issue(
    userId: string,
    purpose: UserTokenPurpose,
    email: string,
  ): Promise<string> {
    const token = generateToken();
    await this.tokens.insert(
      userId,
      purpose,
      email,
      digestToken(token),
      TOKEN_LIFETIME_SECONDS[purpose],
    );

    return token;
  }

  /** Finds a valid token without using it, or raises BAD_USER_INPUT. */
  async peek(token: string, purpose: UserTokenPurpose): Promise<ConsumedToken> {
    const found = await this.tokens.findValid(digestToken(token), purpose);

    return found ?? invalidToken(purpose);
  }

  /** Uses the token up, or raises BAD_USER_INPUT on `input.token`. */
  async consume(
    token: string,
    purpose: UserTokenPurpose,
    manager: EntityManager,
  ): Promise<ConsumedToken> {
    const consumed = await this.tokens.consume(
      digestToken(token),
      purpose,
      manager,
    );

    return consumed ?? invalidToken(purpose);
  }

  /** Ends every outstanding link of the user for `purpose`. */
  async revokeAll(
    userId: string,
    purpose: UserTokenPurpose,
    manager?: EntityManager,
  ): Promise<void> {
    await this.tokens.consumeAll(userId, purpose, manager);
  }
}

/** Raises the error for a token that is unknown, expired or already used. */
export function invalidToken(purpose: UserTokenPurpose): never {
  throw new BadUserInputError(
    `This link is invalid, has expired or has already been used; ${NEXT_STEP[purpose]}.`,
    'input.token',
  );
}
