import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../common/pagination/cursor.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AuditService } from '../audit/audit.service.js';
import {
  LISTING_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository.js';
import type {
  CreatePathwayInput,
  PathwayFieldsInput,
  UpdatePathwayInput,
} from './dto/pathway.inputs.js';
import type { PathwayModel } from './dto/pathway.model.js';
import { PathwayStatus } from './pathway.entity.js';
import {
  achievementIdsIn,
  checkPathwayFields,
  type PathwayDraft,
} from './pathway-rules.js';
import { PathwaysRepository } from './pathways.repository.js';

const NOT_BUILDER =
  'You need to be an owner or editor of the organisation that builds this pathway to change it.';

/** Creating, changing, publishing and archiving pathways, each audited. */
@Injectable()
export class PathwayBuilder {
  private readonly logger = new Logger(PathwayBuilder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PathwaysRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: OrganisationAccess,
    private readonly referenceData: ReferenceDataRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    viewer: Viewer,
    input: CreatePathwayInput,
  ): Promise<PathwayModel> {
    const organisationId = parseId(
      'input.organisationId',
      input.organisationId,
    );
    await this.access.require(viewer, organisationId, LISTING_ROLES);
    const found = await this.organisations.findByIds([organisationId]);
    if (!found.has(organisationId)) {
      throw new NotFoundError(`No organisation has id ${organisationId}.`);
    }
    const draft = await this.check(input, organisationId);
    const id = await this.dataSource.transaction(async (manager) => {
      const created = await this.repository.insert(
        manager,
        organisationId,
        viewer.userId,
        draft,
      );
      await this.record(manager, viewer, organisationId, created, 'create');

      return created;
    });
    this.logger.log(`User ${viewer.userId} created pathway ${id}`);

    return this.load(id);
  }

  async update(
    viewer: Viewer,
    input: UpdatePathwayInput,
  ): Promise<PathwayModel> {
    const stored = await this.requireBuilder(viewer, input.pathwayId);
    const draft = await this.check(input, stored.organisationId);
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, stored.id);
      if (locked.status === PathwayStatus.ARCHIVED) {
        throw new ConflictError(
          'The pathway is archived, so it cannot be changed; build a new pathway instead.',
        );
      }
      await this.repository.update(manager, stored.id, draft);
      await this.record(
        manager,
        viewer,
        stored.organisationId,
        stored.id,
        'update',
      );
    });

    return this.load(stored.id);
  }

  /** Publishes a draft (or a published pathway again, which changes nothing). */
  async publish(viewer: Viewer, rawId: string): Promise<PathwayModel> {
    return this.changeStatus(viewer, rawId, PathwayStatus.PUBLISHED, (from) =>
      from === PathwayStatus.ARCHIVED
        ? 'The pathway is archived, so it cannot be published again; build a new pathway instead.'
        : null,
    );
  }

  async archive(viewer: Viewer, rawId: string): Promise<PathwayModel> {
    return this.changeStatus(viewer, rawId, PathwayStatus.ARCHIVED, (from) =>
      from === PathwayStatus.ARCHIVED
        ? 'The pathway is already archived.'
        : null,
    );
  }

  private async changeStatus(
    viewer: Viewer,
    rawId: string,
    status: PathwayStatus,
    refusal: (from: PathwayStatus) => string | null,
  ): Promise<PathwayModel> {
    const stored = await this.requireBuilder(viewer, rawId);
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, stored.id);
      const message = refusal(locked.status);
      if (message !== null) throw new ConflictError(message);
      if (locked.status === status) return;
      await this.repository.setStatus(manager, stored.id, status);
      await this.record(
        manager,
        viewer,
        stored.organisationId,
        stored.id,
        status,
        {
          status: { from: locked.status, to: status },
        },
      );
    });
    this.logger.log(
      `User ${viewer.userId} set pathway ${stored.id} to ${status}`,
    );

    return this.load(stored.id);
  }

  private async check(
    input: PathwayFieldsInput,
    organisationId: string,
  ): Promise<PathwayDraft> {
    const [achievements, skills] = await Promise.all([
      this.repository.findAchievementFacts(
        achievementIdsIn(input, this.config.publicUrl),
      ),
      this.referenceData.findSkills(),
    ]);

    return checkPathwayFields(input, {
      organisationId,
      publicUrl: this.config.publicUrl,
      achievements,
      knownSkills: new Set(skills.map((skill) => skill.id)),
    });
  }

  /**
   * Rejects unless the viewer may change the pathway. An unknown id gets
   * the same FORBIDDEN as another organisation's pathway, except for admins.
   */
  private async requireBuilder(
    viewer: Viewer,
    rawId: string,
  ): Promise<PathwayModel> {
    const id = parseId('input.pathwayId', rawId);
    const found = (await this.repository.findByIds([id])).get(id);
    if (found === undefined) {
      if (viewer.isAdmin) throw new NotFoundError(`No pathway has id ${id}.`);
      throw new ForbiddenError(NOT_BUILDER);
    }
    try {
      await this.access.require(viewer, found.organisationId, LISTING_ROLES);
    } catch {
      throw new ForbiddenError(NOT_BUILDER);
    }

    return found;
  }

  private async lock(
    manager: EntityManager,
    id: string,
  ): Promise<PathwayModel> {
    const locked = await this.repository.lockAndRead(manager, id);
    if (locked === null) throw new NotFoundError(`No pathway has id ${id}.`);

    return locked;
  }

  private record(
    manager: EntityManager,
    viewer: Viewer,
    organisationId: string,
    pathwayId: string,
    action: string,
    changes: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.record(
      {
        actorId: viewer.userId,
        organisationId,
        subjectType: 'pathway',
        subjectId: pathwayId,
        action: `pathway_${action}`,
        changes,
      },
      manager,
    );
  }

  private async load(id: string): Promise<PathwayModel> {
    return (await this.repository.findByIds([id])).get(id)!;
  }
}

export function parseId(field: string, raw: string): string {
  if (!UUID_PATTERN.test(raw)) {
    throw new BadUserInputError(
      `${field} "${raw.slice(0, 60)}" is not a valid id; expected a UUID.`,
      field,
    );
  }

  return raw.toLowerCase();
}
