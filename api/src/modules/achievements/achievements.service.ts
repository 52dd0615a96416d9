import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import {
  cursorScope,
  decodeCursor,
  encodeCursor,
  UUID_PATTERN,
} from '../../common/pagination/cursor.js';
import { AuditService, diffFields } from '../audit/audit.service.js';
import { StoredFilePurpose } from '../files/stored-file.entity.js';
import {
  LISTING_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository.js';
import {
  type AchievementDraft,
  checkAchievementFields,
} from './achievement-rules.js';
import { AchievementsRepository } from './achievements.repository.js';
import {
  type CreateAchievementInput,
  MAX_ACHIEVEMENTS_PAGE,
  type OrganisationAchievementsArgs,
  type UpdateAchievementInput,
} from './dto/achievement.inputs.js';
import type {
  AchievementConnection,
  AchievementModel,
} from './dto/achievement.model.js';

/** The audit log's subject type for badge designs. */
export const ACHIEVEMENT_SUBJECT = 'achievement';

const NOT_DESIGNER_MESSAGE =
  'You need to be an owner or editor of the organisation that designed this badge to change it.';

/** Designing, changing, archiving and listing badge designs, each audited. */
@Injectable()
export class AchievementsService {
  private readonly logger = new Logger(AchievementsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AchievementsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: OrganisationAccess,
    private readonly referenceData: ReferenceDataRepository,
    private readonly audit: AuditService,
  ) {}

  async create(
    viewer: Viewer,
    input: CreateAchievementInput,
  ): Promise<AchievementModel> {
    const organisationId = parseId(
      'input.organisationId',
      input.organisationId,
    );
    await this.access.require(viewer, organisationId, LISTING_ROLES);
    if (
      !(await this.organisations.findByIds([organisationId])).has(
        organisationId,
      )
    ) {
      throw new NotFoundError(
        `There is no organisation with id ${organisationId}.`,
      );
    }
    const draft = await this.check(input, organisationId);
    const id = await this.dataSource.transaction(async (manager) => {
      const created = await this.repository.insert(
        manager,
        organisationId,
        viewer.userId,
        draft,
      );
      await this.record(
        manager,
        viewer,
        organisationId,
        created,
        'create',
        diffFields({}, { ...draft }),
      );

      return created;
    });
    this.logger.log(`User ${viewer.userId} created achievement ${id}`);

    return this.load(id);
  }

  async update(
    viewer: Viewer,
    input: UpdateAchievementInput,
  ): Promise<AchievementModel> {
    const id = parseId('input.achievementId', input.achievementId);
    const stored = await this.requireDesigner(viewer, id);
    const draft = await this.check(input, stored.organisationId);
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, id);
      if (locked.archived) {
        throw new ConflictError(
          'The badge is archived, so it cannot be changed. Design a new badge instead.',
        );
      }
      await this.repository.update(manager, id, draft);
      const changes = diffFields(snapshot(locked), { ...draft });
      if (Object.keys(changes).length > 0) {
        await this.record(
          manager,
          viewer,
          locked.organisationId,
          id,
          'update',
          changes,
        );
      }
    });

    return this.load(id);
  }

  /** Archives a design: credentials already issued stay valid. */
  async archive(viewer: Viewer, rawId: string): Promise<AchievementModel> {
    const id = parseId('input.achievementId', rawId);
    await this.requireDesigner(viewer, id);
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, id);
      if (locked.archived) {
        throw new ConflictError('The badge is already archived.');
      }
      await this.repository.archive(manager, id);
      await this.record(manager, viewer, locked.organisationId, id, 'archive', {
        archived: { from: false, to: true },
      });
    });
    this.logger.log(`User ${viewer.userId} archived achievement ${id}`);

    return this.load(id);
  }

  async findOne(rawId: string): Promise<AchievementModel> {
    const id = UUID_PATTERN.test(rawId) ? rawId.toLowerCase() : null;
    const found =
      id === null ? undefined : (await this.repository.findByIds([id])).get(id);
    if (found === undefined) {
      throw new NotFoundError(
        `There is no badge with id ${rawId.slice(0, 60)}.`,
      );
    }

    return found;
  }

  /** An organisation's designs by name, archived ones only when asked. */
  async listForOrganisation(
    args: OrganisationAchievementsArgs,
  ): Promise<AchievementConnection> {
    const organisationId = parseId('organisationId', args.organisationId);
    const includeArchived = args.includeArchived ?? false;
    const first = args.first ?? 20;
    if (
      !Number.isInteger(first) ||
      first < 1 ||
      first > MAX_ACHIEVEMENTS_PAGE
    ) {
      throw new BadUserInputError(
        `first is ${first}; expected an integer from 1 to ${MAX_ACHIEVEMENTS_PAGE}.`,
        'first',
      );
    }
    const scope = cursorScope([
      'achievements',
      organisationId,
      includeArchived,
    ]);
    const position = args.after
      ? decodeCursor(args.after, 'string', scope)
      : null;
    const [rows, totalCount] = await Promise.all([
      this.repository.findPage(
        organisationId,
        includeArchived,
        first + 1,
        position,
      ),
      this.repository.count(organisationId, includeArchived),
    ]);
    const edges = rows.slice(0, first).map((node) => ({
      node,
      cursor: encodeCursor({ key: node.name, id: node.id }, scope),
    }));

    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  private async check(
    input: CreateAchievementInput | UpdateAchievementInput,
    organisationId: string,
  ): Promise<AchievementDraft> {
    const skills = await this.referenceData.findSkills();
    const draft = checkAchievementFields(
      input,
      new Set(skills.map((skill) => skill.id)),
    );
    if (draft.imageFileId !== null) {
      await this.checkImage(draft.imageFileId, organisationId);
    }

    return draft;
  }

  private async checkImage(fileId: string, organisationId: string) {
    const file = await this.repository.findImageFile(fileId);
    if (
      file === null ||
      file.organisationId !== organisationId ||
      file.purpose !== StoredFilePurpose.ACHIEVEMENT_IMAGE
    ) {
      throw new BadUserInputError(
        `imageFileId ${fileId} is not a badge image of this organisation; upload a PNG or SVG with purpose achievement_image first.`,
        'input.imageFileId',
      );
    }
  }

  /**
   * Rejects unless the viewer may change the design. An unknown id gets the
   * same FORBIDDEN as another organisation's design; only admins learn that
   * it does not exist.
   */
  private async requireDesigner(
    viewer: Viewer,
    id: string,
  ): Promise<AchievementModel> {
    const found = (await this.repository.findByIds([id])).get(id);
    if (found === undefined) {
      if (viewer.isAdmin)
        throw new NotFoundError(`There is no badge with id ${id}.`);
      throw new ForbiddenError(NOT_DESIGNER_MESSAGE);
    }
    try {
      await this.access.require(viewer, found.organisationId, LISTING_ROLES);
    } catch {
      throw new ForbiddenError(NOT_DESIGNER_MESSAGE);
    }

    return found;
  }

  private async lock(
    manager: EntityManager,
    id: string,
  ): Promise<AchievementModel> {
    const locked = await this.repository.lockAndRead(manager, id);
    if (locked === null)
      throw new NotFoundError(`There is no badge with id ${id}.`);

    return locked;
  }

  private record(
    manager: EntityManager,
    viewer: Viewer,
    organisationId: string,
    achievementId: string,
    action: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      {
        actorId: viewer.userId,
        organisationId,
        subjectType: ACHIEVEMENT_SUBJECT,
        subjectId: achievementId,
        action,
        changes,
      },
      manager,
    );
  }

  private async load(id: string): Promise<AchievementModel> {
    return this.findOne(id);
  }
}

/** The stored design in the draft's shape, for audit differences. */
function snapshot(achievement: AchievementModel): Record<string, unknown> {
  return {
    name: achievement.name,
    description: achievement.description,
    criteriaNarrative: achievement.criteriaNarrative,
    achievementType: achievement.achievementType,
    tags: achievement.tags,
    validityDays: achievement.validityDays,
    imageFileId: achievement.imageFileId,
    sdgNumbers: achievement.sdgNumbers,
    sdgTargets: achievement.sdgTargets,
    skillIds: achievement.skillIds,
    escoSkillUris: achievement.escoSkillUris,
  };
}

function parseId(field: string, raw: string): string {
  if (!UUID_PATTERN.test(raw)) {
    throw new BadUserInputError(
      `${field} "${raw.slice(0, 60)}" is not a valid id; expected a UUID.`,
      field,
    );
  }

  return raw.toLowerCase();
}
