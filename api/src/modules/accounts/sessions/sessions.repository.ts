import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ActiveSession {
  sessionId: string;
  userId: string;
  isAdmin: boolean;
  lastUsedAt: Date;
}

export interface SessionSummary {
  id: string;
  userAgent: string | null;
  createdAt: Date;
  lastUsedAt: Date;
}

/** SQL for sign-in sessions. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    userId: string,
    tokenHash: string,
    userAgent: string | null,
    expiresAt: Date,
  ): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO user_sessions (user_id, token_hash, user_agent, expires_at)
       VALUES ($1, $2, $3, $4)
       RETURNING id`,
      [userId, tokenHash, userAgent, expiresAt],
    );

    return row!.id;
  }

  async findActive(tokenHash: string): Promise<ActiveSession | null> {
    const rows: ActiveSession[] = await this.dataSource.query(
      `SELECT s.id AS "sessionId", s.user_id AS "userId",
              u.is_admin AS "isAdmin", s.last_used_at AS "lastUsedAt"
         FROM user_sessions s
         JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash],
    );

    return rows[0] ?? null;
  }

  async touch(sessionId: string, expiresAt: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE user_sessions SET last_used_at = now(), expires_at = $2
        WHERE id = $1`,
      [sessionId, expiresAt],
    );
  }

  async listForUser(userId: string): Promise<SessionSummary[]> {
    return this.dataSource.query(
      `SELECT id, user_agent AS "userAgent", created_at AS "createdAt",
              last_used_at AS "lastUsedAt"
         FROM user_sessions
        WHERE user_id = $1 AND expires_at > now()
        ORDER BY last_used_at DESC`,
      [userId],
    );
  }

  async delete(sessionId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM user_sessions WHERE id = $1', [
      sessionId,
    ]);
  }

  /** Ends every session of the user, or every other one when `keep` is set. */
  async deleteAllForUser(userId: string, keep?: string): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM user_sessions
        WHERE user_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [userId, keep ?? null],
    );

    return result[1];
  }

  async deleteExpired(): Promise<void> {
    await this.dataSource.query(
      'DELETE FROM user_sessions WHERE expires_at <= now()',
    );
  }
}
