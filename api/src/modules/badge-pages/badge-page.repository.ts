import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What a link preview of a shared badge shows; never the recipient. */
export interface SharedBadgeSummary {
  credentialId: string;
  achievementId: string;
  achievementName: string;
  achievementDescription: string;
  issuerName: string;
}

/** Matches the text form of a UUID, so other ids skip the query. */
const UUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class BadgePageRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Finds an Open Badge credential that its recipient has shared. An id
   * that is not a UUID, a missing credential and an unshared one all
   * return null, so callers cannot tell them apart.
   */
  async findShared(credentialId: string): Promise<SharedBadgeSummary | null> {
    if (!UUID_PATTERN.test(credentialId)) return null;

    const rows: SharedBadgeSummary[] = await this.dataSource.query(
      `SELECT c.id AS "credentialId",
              a.id AS "achievementId",
              a.name AS "achievementName",
              a.description AS "achievementDescription",
              o.name AS "issuerName"
         FROM credentials c
         JOIN achievements a ON a.id = c.achievement_id
         JOIN organisations o ON o.id = c.organisation_id
        WHERE c.id = $1
          AND c.type = 'open_badge'
          AND c.shared_at IS NOT NULL`,
      [credentialId],
    );

    return rows[0] ?? null;
  }
}
