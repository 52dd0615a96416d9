import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { UserTokenPurpose } from '../user-token.entity.js';

/** A token that was valid and is now marked used. */
export interface ConsumedToken {
  userId: string;
  /** The address the link was sent to. */
  email: string;
}

/** SQL for `user_tokens`, which stores only the digest of each token. */
@Injectable()
export class UserTokensRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    userId: string,
    purpose: UserTokenPurpose,
    email: string,
    tokenHash: string,
    lifetimeSeconds: number,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO user_tokens (user_id, purpose, email, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
      [userId, purpose, email, tokenHash, lifetimeSeconds],
    );
  }

  /** The unused, unexpired token with this digest, without using it. */
  async findValid(
    tokenHash: string,
    purpose: UserTokenPurpose,
  ): Promise<ConsumedToken | null> {
    const rows: ConsumedToken[] = await this.dataSource.query(
      `SELECT user_id AS "userId", email FROM user_tokens
        WHERE token_hash = $1 AND purpose = $2
          AND used_at IS NULL AND expires_at > now()`,
      [tokenHash, purpose],
    );

    return rows[0] ?? null;
  }

  /**
   * Marks the token used if it is still valid, in the statement that checks
   * it, so that of two concurrent uses only one gets the row back.
   */
  async consume(
    tokenHash: string,
    purpose: UserTokenPurpose,
    manager: EntityManager,
  ): Promise<ConsumedToken | null> {
    const [rows]: [ConsumedToken[], number] = await manager.query(
      `UPDATE user_tokens SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2
          AND used_at IS NULL AND expires_at > now()
        RETURNING user_id AS "userId", email`,
      [tokenHash, purpose],
    );

    return rows[0] ?? null;
  }

  /** Marks every unused token of the user for `purpose` as used. */
  async consumeAll(
    userId: string,
    purpose: UserTokenPurpose,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE user_tokens SET used_at = now()
        WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
  }
}
