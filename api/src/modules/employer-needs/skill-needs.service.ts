import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  NotFoundError,
  RateLimitedError,
} from '../../common/errors/domain-error.js';
import {
  cursorScope,
  decodeCursor,
  encodeCursor,
} from '../../common/pagination/cursor.js';
import { AuditService, diffFields } from '../audit/audit.service.js';
import { parseUuid } from '../listings/listing-input.js';
import { DEFAULT_LISTINGS_PAGE } from '../listings/listing-page.js';
import type { OrganisationSkillNeedsArgs } from './dto/skill-need.args.js';
import type {
  CreateSkillNeedInput,
  UpdateSkillNeedInput,
} from './dto/skill-need.inputs.js';
import type {
  SkillNeedConnection,
  SkillNeedModel,
} from './dto/skill-need.model.js';
import { SkillNeedAccess } from './skill-need-access.service.js';
import { NeedFieldChecker } from './skill-need-fields.service.js';
import { checkPageSize, CLOSES_ON_KEY } from './skill-need-search.service.js';
import { SqlParameters } from './skill-need-sql.js';
import {
  SkillNeedsRepository,
  type StoredNeedFields,
} from './skill-needs.repository.js';

export const SKILL_NEED_SUBJECT = 'skill_need';

/**
 * Updates a day that may change a need's point, radius or skills. Each
 * such change can move the learner count, so a cap slows down an employer
 * who tries to learn where people live by repeated edits.
 */
export const REACH_CHANGES_PER_DAY = 10;

const DAY_MS = 86_400_000;

/** Posting, changing and reading single skill needs. */
@Injectable()
export class SkillNeedsService {
  private readonly logger = new Logger(SkillNeedsService.name);

  constructor(
    private readonly repository: SkillNeedsRepository,
    private readonly access: SkillNeedAccess,
    private readonly fields: NeedFieldChecker,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async create(
    viewer: Viewer,
    input: CreateSkillNeedInput,
  ): Promise<SkillNeedModel> {
    const employerId = parseUuid('input.employerId', input.employerId);
    await this.access.requireEditor(viewer, employerId);
    const fields = await this.fields.checkCreate(input);
    const id = await this.dataSource.transaction(async (manager) => {
      const created = await this.repository.insert(
        manager,
        employerId,
        viewer.userId,
        fields,
      );
      const changes = diffFields({}, snapshot(fields));
      await this.record(
        manager,
        viewer,
        employerId,
        created,
        'create',
        changes,
      );

      return created;
    });
    this.logger.log(
      `User ${viewer.userId} posted skill need ${id} for ${employerId}`,
    );

    return (await this.repository.findOne(id))!;
  }

  /** Changes the fields given, closes the need early or reopens it. */
  async update(
    viewer: Viewer,
    input: UpdateSkillNeedInput,
  ): Promise<SkillNeedModel> {
    const before = await this.requireExisting('input.id', input.id);
    await this.access.requireEditor(viewer, before.employerId);
    const fields = await this.fields.checkUpdate(before, input);
    const changes = diffFields(snapshotOf(before), snapshot(fields));
    if (Object.keys(changes).length > 0) {
      if (REACH_FIELDS.some((field) => field in changes)) {
        await this.requireReachChangeAllowed(before.id);
      }
      await this.dataSource.transaction(async (manager) => {
        await this.repository.update(manager, before.id, fields);
        await this.record(
          manager,
          viewer,
          before.employerId,
          before.id,
          'update',
          changes,
        );
      });
    }

    return (await this.repository.findOne(before.id))!;
  }

  /**
   * Finds a need the viewer may see: an open one for anyone, else only for
   * members of its employer and admins. Raises NOT_FOUND otherwise.
   */
  async requireVisible(
    viewer: Viewer | null,
    rawId: string,
  ): Promise<SkillNeedModel> {
    const need = await this.requireExisting('id', rawId);
    if (need.isOpen || (await this.access.isMember(viewer, need.employerId))) {
      return need;
    }

    throw notFound(need.id);
  }

  /** Lists an employer's needs of every status for its members, closing soonest first. */
  async listForEmployer(
    viewer: Viewer,
    args: OrganisationSkillNeedsArgs,
  ): Promise<SkillNeedConnection> {
    const employerId = parseUuid('organisationId', args.organisationId);
    await this.access.requireMemberOf(viewer, employerId);
    const first = checkPageSize('first', args.first ?? DEFAULT_LISTINGS_PAGE);
    const scope = cursorScope(['organisationSkillNeeds', employerId]);
    const position = args.after
      ? decodeCursor(args.after, 'string', scope)
      : null;
    const params = new SqlParameters();
    const conditions = [`n.employer_id = ${params.add(employerId)}::uuid`];
    const countValues = [...params.values];
    const countConditions = [...conditions];
    if (position !== null) {
      conditions.push(
        `(${CLOSES_ON_KEY}, n.id) > (${params.add(position.key)}::text, ${params.add(position.id)}::uuid)`,
      );
    }
    const hits = await this.repository.search(
      { params, conditions, key: CLOSES_ON_KEY, distance: null },
      first + 1,
    );
    const edges = hits.slice(0, first).map((hit) => ({
      node: hit.need,
      cursor: encodeCursor(
        { key: String(hit.sortKey), id: hit.need.id },
        scope,
      ),
      distanceKm: null,
    }));

    return {
      edges,
      pageInfo: {
        hasNextPage: hits.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      countAll: () => this.repository.count(countConditions, countValues),
    };
  }

  private async requireExisting(
    field: string,
    rawId: string,
  ): Promise<SkillNeedModel> {
    const id = parseUuid(field, rawId);
    const need = await this.repository.findOne(id);
    if (need === null) throw notFound(id);

    return need;
  }

  /** Raises RATE_LIMITED once the need's reach changed too often today. */
  private async requireReachChangeAllowed(needId: string): Promise<void> {
    const { count, oldest } = await this.repository.recentReachChanges(needId);
    if (count < REACH_CHANGES_PER_DAY || oldest === null) return;
    const allowedAt = new Date(oldest.getTime() + DAY_MS);
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((allowedAt.getTime() - Date.now()) / 1000),
    );
    const when = `${allowedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

    throw new RateLimitedError(
      `The place, radius or skills of this skill need changed ${count} times in the last 24 hours, the maximum; change them again after ${when}. Other fields can change now.`,
      retryAfterSeconds,
    );
  }

  private record(
    manager: EntityManager,
    viewer: Viewer,
    employerId: string,
    needId: string,
    action: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      {
        actorId: viewer.userId,
        organisationId: employerId,
        subjectType: SKILL_NEED_SUBJECT,
        subjectId: needId,
        action,
        changes,
      },
      manager,
    );
  }
}

/** The audited fields that change where or what a need reaches. */
const REACH_FIELDS = ['location', 'radiusMetres', 'skillIds'];

function notFound(id: string): NotFoundError {
  return new NotFoundError(`There is no skill need with id ${id}.`);
}

function snapshot(fields: StoredNeedFields): Record<string, unknown> {
  return {
    title: fields.title,
    description: fields.description,
    skillIds: fields.skillIds,
    escoSkillUris: fields.escoSkillUris,
    location: [fields.longitude, fields.latitude],
    placeId: fields.placeId,
    radiusMetres: fields.radiusMetres,
    openings: fields.openings,
    closesOn: fields.closesOn,
    applyUrl: fields.applyUrl,
    status: fields.status,
  };
}

function snapshotOf(need: SkillNeedModel): Record<string, unknown> {
  return {
    title: need.title,
    description: need.description,
    skillIds: need.skillIds,
    escoSkillUris: need.escoSkillUris,
    location: [need.location.longitude, need.location.latitude],
    placeId: need.placeId,
    radiusMetres: need.radiusMetres,
    openings: need.openings,
    closesOn: need.closesOn,
    applyUrl: need.applyUrl,
    status: need.status,
  };
}
