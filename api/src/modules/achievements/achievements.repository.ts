import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { CursorPosition } from '../../common/pagination/cursor.js';
import type { StoredFilePurpose } from '../files/stored-file.entity.js';
import type { AchievementDraft } from './achievement-rules.js';
import type { AchievementModel } from './dto/achievement.model.js';

type AchievementRow = Omit<AchievementModel, 'archived'>;

const SELECT_ACHIEVEMENTS = `SELECT a.id, a.organisation_id AS "organisationId",
    a.name, a.description, a.criteria_narrative AS "criteriaNarrative",
    a.achievement_type AS "achievementType", a.tags,
    a.validity_days AS "validityDays", a.image_file_id AS "imageFileId",
    a.sdg_targets AS "sdgTargets", a.esco_skill_uris AS "escoSkillUris",
    a.archived_at AS "archivedAt", a.created_at AS "createdAt",
    a.updated_at AS "updatedAt",
    ARRAY(SELECT l.sdg_number::int FROM achievement_sdgs l
           WHERE l.achievement_id = a.id ORDER BY 1) AS "sdgNumbers",
    ARRAY(SELECT l.skill_id FROM achievement_skills l
           WHERE l.achievement_id = a.id ORDER BY 1) AS "skillIds"
  FROM achievements a`;

function toAchievement(row: AchievementRow): AchievementModel {
  return { ...row, archived: row.archivedAt !== null };
}

/** An uploaded file as a badge image must be: its owner and purpose. */
export interface ImageFileFacts {
  organisationId: string;
  purpose: StoredFilePurpose;
  contentType: string;
  storageKey: string;
}

/** SQL for badge designs and their SDG and skill links. */
@Injectable()
export class AchievementsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByIds(
    ids: readonly string[],
  ): Promise<Map<string, AchievementModel>> {
    const rows: AchievementRow[] = await this.dataSource.query(
      `${SELECT_ACHIEVEMENTS} WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );

    return new Map(rows.map((row) => [row.id, toAchievement(row)]));
  }

  /** The badge each of the listings awards, keyed by opportunity id. */
  async findByOpportunityIds(
    ids: readonly string[],
  ): Promise<Map<string, AchievementModel>> {
    const rows: (AchievementRow & { opportunityId: string })[] =
      await this.dataSource.query(
        `${SELECT_ACHIEVEMENTS.replace(
          'FROM achievements a',
          `, o.id AS "opportunityId" FROM opportunities o
             JOIN achievements a ON a.id = o.achievement_id`,
        )} WHERE o.id = ANY($1::uuid[])`,
        [ids],
      );

    return new Map(
      rows.map(({ opportunityId, ...row }) => [
        opportunityId,
        toAchievement(row),
      ]),
    );
  }

  /** Up to `limit` designs of an organisation after `position`, by name. */
  async findPage(
    organisationId: string,
    includeArchived: boolean,
    limit: number,
    position: CursorPosition | null,
  ): Promise<AchievementModel[]> {
    const rows: AchievementRow[] = await this.dataSource.query(
      `${SELECT_ACHIEVEMENTS}
        WHERE a.organisation_id = $1
          AND ($2 OR a.archived_at IS NULL)
          AND ($3::text IS NULL OR (a.name, a.id) > ($3, $4::uuid))
        ORDER BY a.name, a.id
        LIMIT $5`,
      [
        organisationId,
        includeArchived,
        position?.key ?? null,
        position?.id ?? null,
        limit,
      ],
    );

    return rows.map(toAchievement);
  }

  async count(
    organisationId: string,
    includeArchived: boolean,
  ): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM achievements
        WHERE organisation_id = $1 AND ($2 OR archived_at IS NULL)`,
      [organisationId, includeArchived],
    );

    return row?.count ?? 0;
  }

  async insert(
    manager: EntityManager,
    organisationId: string,
    createdById: string,
    draft: AchievementDraft,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO achievements (organisation_id, created_by_id, name,
         description, criteria_narrative, achievement_type, tags,
         validity_days, image_file_id, sdg_targets, esco_skill_uris)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       RETURNING id`,
      [organisationId, createdById, ...draftValues(draft)],
    );
    await this.insertLinks(manager, row!.id, draft);

    return row!.id;
  }

  async lockAndRead(
    manager: EntityManager,
    id: string,
  ): Promise<AchievementModel | null> {
    const rows: AchievementRow[] = await manager.query(
      `${SELECT_ACHIEVEMENTS} WHERE a.id = $1 FOR UPDATE OF a`,
      [id],
    );

    return rows[0] === undefined ? null : toAchievement(rows[0]);
  }

  async update(
    manager: EntityManager,
    id: string,
    draft: AchievementDraft,
  ): Promise<void> {
    await manager.query(
      `UPDATE achievements
          SET name = $2, description = $3, criteria_narrative = $4,
              achievement_type = $5, tags = $6, validity_days = $7,
              image_file_id = $8, sdg_targets = $9, esco_skill_uris = $10,
              updated_at = now()
        WHERE id = $1`,
      [id, ...draftValues(draft)],
    );
    await manager.query(
      'DELETE FROM achievement_sdgs WHERE achievement_id = $1',
      [id],
    );
    await manager.query(
      'DELETE FROM achievement_skills WHERE achievement_id = $1',
      [id],
    );
    await this.insertLinks(manager, id, draft);
  }

  async archive(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE achievements SET archived_at = now(), updated_at = now()
        WHERE id = $1`,
      [id],
    );
  }

  async findImageFile(fileId: string): Promise<ImageFileFacts | null> {
    const rows: ImageFileFacts[] = await this.dataSource.query(
      `SELECT organisation_id AS "organisationId", purpose,
              content_type AS "contentType", storage_key AS "storageKey"
         FROM stored_files WHERE id = $1`,
      [fileId],
    );

    return rows[0] ?? null;
  }

  /** The colour of an SDG as `#RRGGBB`, or null for an unknown number. */
  async findSdgColour(goal: number): Promise<string | null> {
    const rows: { colour: string }[] = await this.dataSource.query(
      'SELECT colour FROM sdgs WHERE number = $1',
      [goal],
    );

    return rows[0]?.colour ?? null;
  }

  private async insertLinks(
    manager: EntityManager,
    id: string,
    draft: AchievementDraft,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO achievement_sdgs (achievement_id, sdg_number)
       SELECT $1::uuid, unnest($2::smallint[])`,
      [id, draft.sdgNumbers],
    );
    await manager.query(
      `INSERT INTO achievement_skills (achievement_id, skill_id)
       SELECT $1::uuid, unnest($2::text[])`,
      [id, draft.skillIds],
    );
  }
}

/** The draft as parameters of the insert (from $3) and the update (from $2). */
function draftValues(draft: AchievementDraft): unknown[] {
  return [
    draft.name,
    draft.description,
    draft.criteriaNarrative,
    draft.achievementType,
    draft.tags,
    draft.validityDays,
    draft.imageFileId,
    draft.sdgTargets,
    draft.escoSkillUris,
  ];
}
