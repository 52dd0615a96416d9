import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { verifiedAddressesSql } from '../learner-addresses.service.js';
import type { EmailAddressModel } from './email-address.model.js';

/** SQL for the extra addresses of accounts, in `user_emails`. */
@Injectable()
export class EmailAddressesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The primary address first, then the extra ones in the order added. */
  list(userId: string): Promise<EmailAddressModel[]> {
    return this.dataSource.query(
      `SELECT NULL::uuid AS id, email, true AS primary,
              email_verified_at IS NOT NULL AS verified,
              email_verified_at AS "verifiedAt", created_at AS "addedAt"
         FROM users WHERE id = $1
       UNION ALL
       (SELECT id, email, false, verified_at IS NOT NULL, verified_at,
               created_at
          FROM user_emails WHERE user_id = $1
         ORDER BY created_at, id)`,
      [userId],
    );
  }

  async find(userId: string, id: string): Promise<EmailAddressModel | null> {
    const rows: EmailAddressModel[] = await this.dataSource.query(
      `SELECT id, email, false AS primary, verified_at IS NOT NULL AS verified,
              verified_at AS "verifiedAt", created_at AS "addedAt"
         FROM user_emails WHERE user_id = $1 AND id = $2`,
      [userId, id],
    );

    return rows[0] ?? null;
  }

  async countExtra(userId: string): Promise<number> {
    const rows: { total: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS total FROM user_emails WHERE user_id = $1',
      [userId],
    );

    return rows[0]!.total;
  }

  /** Whether another account has verified the address, as primary or extra. */
  async verifiedElsewhere(
    userId: string,
    email: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM users
        WHERE email = $2 AND id <> $1 AND email_verified_at IS NOT NULL
       UNION ALL
       SELECT 1 FROM user_emails
        WHERE email = $2 AND user_id <> $1 AND verified_at IS NOT NULL`,
      [userId, email],
    );

    return rows.length > 0;
  }

  /** Whether the account already has the address, as primary or extra. */
  async onAccount(userId: string, email: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM users WHERE id = $1 AND email = $2
       UNION ALL
       SELECT 1 FROM user_emails WHERE user_id = $1 AND email = $2`,
      [userId, email],
    );

    return rows.length > 0;
  }

  async insert(userId: string, email: string): Promise<EmailAddressModel> {
    const rows: EmailAddressModel[] = await this.dataSource.query(
      `INSERT INTO user_emails (user_id, email) VALUES ($1, $2)
       RETURNING id, email, false AS primary, false AS verified,
                 verified_at AS "verifiedAt", created_at AS "addedAt"`,
      [userId, email],
    );

    return rows[0]!;
  }

  /**
   * Deletes the extra address and returns whether it was verified, or null
   * when there was none. Badges sent to it leave the account's collections.
   */
  async delete(userId: string, id: string): Promise<boolean | null> {
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [{ verified: boolean }[], number] = await manager.query(
        `DELETE FROM user_emails WHERE user_id = $1 AND id = $2
         RETURNING verified_at IS NOT NULL AS verified`,
        [userId, id],
      );
      await manager.query(
        `DELETE FROM badge_collection_items ci
          USING badge_collections bc, credentials c
          WHERE bc.id = ci.collection_id AND bc.user_id = $1
            AND c.id = ci.credential_id
            AND c.recipient_user_id IS DISTINCT FROM $1
            AND (c.recipient_email IS NULL
                 OR c.recipient_email NOT IN ${verifiedAddressesSql('$1')})`,
        [userId],
      );

      return rows[0]?.verified ?? null;
    });
  }

  /**
   * Marks the account's extra address verified. The partial unique index on
   * verified addresses raises a unique violation when another account
   * verified it first.
   */
  async markVerified(
    userId: string,
    email: string,
    manager: EntityManager,
  ): Promise<'verified' | 'already' | 'missing'> {
    const [updated]: [unknown[], number] = await manager.query(
      `UPDATE user_emails SET verified_at = now()
        WHERE user_id = $1 AND email = $2 AND verified_at IS NULL
        RETURNING id`,
      [userId, email],
    );
    if (updated.length > 0) return 'verified';
    const existing: unknown[] = await manager.query(
      'SELECT 1 FROM user_emails WHERE user_id = $1 AND email = $2',
      [userId, email],
    );

    return existing.length > 0 ? 'already' : 'missing';
  }
}
