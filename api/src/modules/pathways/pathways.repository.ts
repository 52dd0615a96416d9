import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { CursorPosition } from '../../common/pagination/cursor.js';
import type { PathwayModel, PathwayStepModel } from './dto/pathway.model.js';
import type { PathwayStatus } from './pathway.entity.js';
import type { KnownAchievement } from './pathway-option-rules.js';
import type { PathwayDraft } from './pathway-rules.js';
import type { PathwayDefinition } from './progress/progress.js';

const SELECT_PATHWAYS = `SELECT p.id, p.organisation_id AS "organisationId",
    p.title, p.description, p.status, p.ordered,
    p.goal_achievement_id AS "goalAchievementId",
    p.sdg_numbers::int[] AS "sdgNumbers", p.skill_ids AS "skillIds",
    p.published_at AS "publishedAt", p.created_at AS "createdAt",
    p.updated_at AS "updatedAt"
  FROM pathways p`;

interface OptionRow {
  stepId: string;
  achievementUri: string;
  achievementId: string | null;
  issuerUri: string | null;
  name: string | null;
}

/** SQL for pathway definitions: the pathways, their steps and options. */
@Injectable()
export class PathwaysRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    organisationId: string,
    createdById: string,
    draft: PathwayDraft,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO pathways (organisation_id, created_by_id, title,
         description, ordered, goal_achievement_id, sdg_numbers, skill_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [organisationId, createdById, ...draftValues(draft)],
    );
    await this.insertSteps(manager, row!.id, draft);

    return row!.id;
  }

  async update(
    manager: EntityManager,
    id: string,
    draft: PathwayDraft,
  ): Promise<void> {
    await manager.query(
      `UPDATE pathways SET title = $2, description = $3, ordered = $4,
              goal_achievement_id = $5, sdg_numbers = $6, skill_ids = $7,
              updated_at = now()
        WHERE id = $1`,
      [id, ...draftValues(draft)],
    );
    // Options cascade with their steps.
    await manager.query('DELETE FROM pathway_steps WHERE pathway_id = $1', [
      id,
    ]);
    await this.insertSteps(manager, id, draft);
  }

  async setStatus(
    manager: EntityManager,
    id: string,
    status: PathwayStatus,
  ): Promise<void> {
    await manager.query(
      `UPDATE pathways SET status = $2::pathway_status, updated_at = now(),
              published_at = CASE WHEN $2::pathway_status = 'published'
                                  THEN COALESCE(published_at, now())
                                  ELSE published_at END
        WHERE id = $1`,
      [id, status],
    );
  }

  async lockAndRead(
    manager: EntityManager,
    id: string,
  ): Promise<PathwayModel | null> {
    const rows: PathwayModel[] = await manager.query(
      `${SELECT_PATHWAYS} WHERE p.id = $1 FOR UPDATE`,
      [id],
    );

    return rows[0] ?? null;
  }

  async findByIds(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, PathwayModel>> {
    const rows: PathwayModel[] = await manager.query(
      `${SELECT_PATHWAYS} WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );

    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The steps of each pathway in order, with their options in order. */
  async findSteps(
    pathwayIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, PathwayStepModel[]>> {
    const steps: (PathwayStepModel & { pathwayId: string })[] =
      await manager.query(
        `SELECT id, pathway_id AS "pathwayId", position, title,
                required_count AS "requiredCount"
           FROM pathway_steps WHERE pathway_id = ANY($1::uuid[])
          ORDER BY pathway_id, position`,
        [pathwayIds],
      );
    const options: OptionRow[] = await manager.query(
      `SELECT step_id AS "stepId", achievement_uri AS "achievementUri",
              achievement_id AS "achievementId", issuer_uri AS "issuerUri",
              name
         FROM pathway_step_options
        WHERE step_id = ANY($1::uuid[]) ORDER BY step_id, position`,
      [steps.map((step) => step.id)],
    );
    const result = new Map<string, PathwayStepModel[]>();
    for (const { pathwayId, ...step } of steps) {
      const list = result.get(pathwayId) ?? [];
      list.push({
        ...step,
        options: options
          .filter((option) => option.stepId === step.id)
          .map(({ stepId: _stepId, ...option }) => option),
      });
      result.set(pathwayId, list);
    }

    return result;
  }

  /**
   * The definitions progress is computed from, of the pathways that exist,
   * in the order of `ids`.
   */
  async findDefinitions(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<(PathwayDefinition & { status: PathwayStatus })[]> {
    const [pathways, steps] = [
      await this.findByIds(ids, manager),
      await this.findSteps(ids, manager),
    ];

    return ids.flatMap((id) => {
      const pathway = pathways.get(id);
      if (pathway === undefined) return [];

      return [{ ...pathway, steps: steps.get(id) ?? [] }];
    });
  }

  /** Takes a shared lock on a pathway, so that edits wait for a completion. */
  async lockShared(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT id FROM pathways WHERE id = $1 FOR SHARE', [
      id,
    ]);
  }

  /** Pathways of one status (or of an organisation) by title, after `position`. */
  async findPage(
    filter: { status: PathwayStatus | null; organisationId: string | null },
    limit: number,
    position: CursorPosition | null,
  ): Promise<PathwayModel[]> {
    return this.dataSource.query(
      `${SELECT_PATHWAYS}
        WHERE ($1::pathway_status IS NULL OR p.status = $1)
          AND ($2::uuid IS NULL OR p.organisation_id = $2)
          AND ($3::text IS NULL OR (p.title, p.id) > ($3, $4::uuid))
        ORDER BY p.title, p.id
        LIMIT $5`,
      [
        filter.status,
        filter.organisationId,
        position?.key ?? null,
        position?.id ?? null,
        limit,
      ],
    );
  }

  async findAchievementFacts(
    ids: readonly string[],
  ): Promise<Map<string, KnownAchievement>> {
    const rows: (KnownAchievement & { id: string })[] =
      await this.dataSource.query(
        `SELECT id, organisation_id AS "organisationId", name,
                archived_at IS NOT NULL AS archived
           FROM achievements WHERE id = ANY($1::uuid[])`,
        [ids],
      );

    return new Map(rows.map(({ id, ...facts }) => [id, facts]));
  }

  /** Badge designs that are not archived, by name, matching the words. */
  async findBadgeDesigns(
    search: string | null,
    limit: number,
    position: CursorPosition | null,
  ): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM achievements
        WHERE archived_at IS NULL
          AND ($1::text IS NULL OR name ILIKE '%' || $1 || '%')
          AND ($2::text IS NULL OR (name, id) > ($2, $3::uuid))
        ORDER BY name, id
        LIMIT $4`,
      [search, position?.key ?? null, position?.id ?? null, limit],
    );

    return rows.map((row) => row.id);
  }

  async countBadgeDesigns(search: string | null): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM achievements
        WHERE archived_at IS NULL
          AND ($1::text IS NULL OR name ILIKE '%' || $1 || '%')`,
      [search],
    );

    return row?.count ?? 0;
  }

  private async insertSteps(
    manager: EntityManager,
    pathwayId: string,
    draft: PathwayDraft,
  ): Promise<void> {
    for (const [index, step] of draft.steps.entries()) {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO pathway_steps (pathway_id, position, title, required_count)
         VALUES ($1, $2, $3, $4) RETURNING id`,
        [pathwayId, index + 1, step.title, step.requiredCount],
      );
      await manager.query(
        `INSERT INTO pathway_step_options
           (step_id, position, achievement_uri, achievement_id, issuer_uri,
            name)
         SELECT $1::uuid, ordinality, uri, id, issuer, name
           FROM unnest($2::text[], $3::uuid[], $4::text[], $5::text[])
                WITH ORDINALITY AS o(uri, id, issuer, name, ordinality)`,
        [
          row!.id,
          step.options.map((option) => option.achievementUri),
          step.options.map((option) => option.achievementId),
          step.options.map((option) => option.issuerUri),
          step.options.map((option) => option.name),
        ],
      );
    }
  }
}

function draftValues(draft: PathwayDraft): unknown[] {
  return [
    draft.title,
    draft.description,
    draft.ordered,
    draft.goalAchievementId,
    draft.sdgNumbers,
    draft.skillIds,
  ];
}
