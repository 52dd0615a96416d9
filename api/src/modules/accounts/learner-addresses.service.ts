import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Builds a subquery that lists every verified address of one account: the
 * account's own address and its verified extra addresses. Badges sent to
 * any of them belong to that account. `userIdParameter` is the placeholder
 * of the account id, such as `$1`.
 */
export function verifiedAddressesSql(userIdParameter: string): string {
  return `(SELECT email FROM users
            WHERE id = ${userIdParameter} AND email_verified_at IS NOT NULL
           UNION
           SELECT email FROM user_emails
            WHERE user_id = ${userIdParameter} AND verified_at IS NOT NULL)`;
}

/** Reads the verified addresses of accounts. */
@Injectable()
export class LearnerAddresses {
  constructor(private readonly dataSource: DataSource) {}

  async verifiedAddresses(userId: string): Promise<string[]> {
    const rows: { email: string }[] = await this.dataSource.query(
      `SELECT email FROM ${verifiedAddressesSql('$1')} AS addresses
        ORDER BY email`,
      [userId],
    );

    return rows.map((row) => row.email);
  }

  /** Finds the account that verified `email`, if any. */
  async findOwner(email: string): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM users
        WHERE email = $1 AND email_verified_at IS NOT NULL
       UNION
       SELECT user_id FROM user_emails
        WHERE email = $1 AND verified_at IS NOT NULL
       LIMIT 1`,
      [email.trim().toLowerCase()],
    );

    return rows[0]?.id ?? null;
  }
}
