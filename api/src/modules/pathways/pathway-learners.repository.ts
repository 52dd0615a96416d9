import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { CursorPosition } from '../../common/pagination/cursor.js';

export interface CompletionRow {
  pathwayId: string;
  credentialId: string;
  completedAt: Date;
}

/** SQL for followers and completions of pathways. */
@Injectable()
export class PathwayLearnersRepository {
  constructor(private readonly dataSource: DataSource) {}

  async follow(pathwayId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO pathway_followers (pathway_id, user_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING`,
      [pathwayId, userId],
    );
  }

  async unfollow(pathwayId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      'DELETE FROM pathway_followers WHERE pathway_id = $1 AND user_id = $2',
      [pathwayId, userId],
    );
  }

  /** Which of the pathways the learner follows. */
  async findFollowed(
    userId: string,
    pathwayIds: readonly string[],
  ): Promise<Map<string, boolean>> {
    const rows: { pathwayId: string }[] = await this.dataSource.query(
      `SELECT pathway_id AS "pathwayId" FROM pathway_followers
        WHERE user_id = $1 AND pathway_id = ANY($2::uuid[])`,
      [userId, pathwayIds],
    );

    return new Map(rows.map((row) => [row.pathwayId, true]));
  }

  /**
   * Published pathways the learner follows, most recently followed first.
   * The cursor key is the follow time as text, exact to the microsecond.
   */
  async findFollowedPage(
    userId: string,
    limit: number,
    position: CursorPosition | null,
  ): Promise<{ pathwayId: string; followedKey: string }[]> {
    return this.dataSource.query(
      `SELECT f.pathway_id AS "pathwayId", f.created_at::text AS "followedKey"
         FROM pathway_followers f
         JOIN pathways p ON p.id = f.pathway_id AND p.status = 'published'
        WHERE f.user_id = $1
          AND ($2::timestamptz IS NULL
               OR (f.created_at, f.pathway_id) < ($2::timestamptz, $3::uuid))
        ORDER BY f.created_at DESC, f.pathway_id DESC
        LIMIT $4`,
      [userId, position?.key ?? null, position?.id ?? null, limit],
    );
  }

  async findCompletions(
    userId: string,
    pathwayIds: readonly string[],
  ): Promise<Map<string, CompletionRow>> {
    const rows: CompletionRow[] = await this.dataSource.query(
      `SELECT pathway_id AS "pathwayId", credential_id AS "credentialId",
              completed_at AS "completedAt"
         FROM pathway_completions
        WHERE user_id = $1 AND pathway_id = ANY($2::uuid[])`,
      [userId, pathwayIds],
    );

    return new Map(rows.map((row) => [row.pathwayId, row]));
  }

  /** Serialises completions of one pathway by one learner across processes. */
  async lockCompletion(
    manager: EntityManager,
    pathwayId: string,
    userId: string,
  ): Promise<void> {
    await manager.query(
      'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
      [`pathway-completion:${pathwayId}:${userId}`],
    );
  }

  async findCompletion(
    manager: EntityManager,
    pathwayId: string,
    userId: string,
  ): Promise<string | null> {
    const rows: { credentialId: string }[] = await manager.query(
      `SELECT credential_id AS "credentialId" FROM pathway_completions
        WHERE pathway_id = $1 AND user_id = $2`,
      [pathwayId, userId],
    );

    return rows[0]?.credentialId ?? null;
  }

  async insertCompletion(
    manager: EntityManager,
    pathwayId: string,
    userId: string,
    credentialId: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO pathway_completions (pathway_id, user_id, credential_id)
       VALUES ($1, $2, $3)`,
      [pathwayId, userId, credentialId],
    );
  }

  async findRecipientEmail(
    manager: EntityManager,
    userId: string,
  ): Promise<string | null> {
    const rows: { email: string }[] = await manager.query(
      'SELECT email FROM users WHERE id = $1',
      [userId],
    );

    return rows[0]?.email ?? null;
  }
}
