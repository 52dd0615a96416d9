import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { AuditService, diffFields } from '../audit/audit.service.js';
import type {
  CreateOrganisationInput,
  UpdateOrganisationInput,
} from './dto/organisation.inputs.js';
import type {
  OrganisationConnection,
  OrganisationModel,
} from './dto/organisation.model.js';
import { MembersRepository } from './members/members.repository.js';
import { OrganisationAccess } from './organisation-access.service.js';
import {
  cleanDescription,
  cleanName,
  cleanWebsite,
  parseId,
} from './organisation-input.js';
import { OrganisationRole } from './organisation-member.entity.js';
import {
  type NewOrganisationFields,
  type OrganisationFields,
  OrganisationsRepository,
} from './organisations.repository.js';
import { firstFreeSlug, slugify } from './slug.js';

export const DEFAULT_PROVIDERS_PAGE = 50;
const PROVIDERS_SCOPE = 'providers';
export const MAX_PROVIDERS_PAGE = 100;

/** Tries at picking a free slug when concurrent creations take the same one. */
const SLUG_ATTEMPTS = 3;

@Injectable()
export class OrganisationsService {
  private readonly logger = new Logger(OrganisationsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OrganisationsRepository,
    private readonly members: MembersRepository,
    private readonly access: OrganisationAccess,
    private readonly audit: AuditService,
  ) {}

  async listProviders(
    first: number,
    after: string | null | undefined,
  ): Promise<OrganisationConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PROVIDERS_PAGE) {
      throw new BadUserInputError(
        `first is ${first}; expected an integer from 1 to ${MAX_PROVIDERS_PAGE}.`,
      );
    }
    const position = after
      ? decodeCursor(after, 'string', PROVIDERS_SCOPE)
      : null;
    const [rows, totalCount] = await Promise.all([
      this.repository.findProviders(first + 1, position),
      this.repository.countProviders(),
    ]);
    const page = rows.slice(0, first);
    const edges = page.map((node) => ({
      node,
      cursor: encodeCursor({ key: node.name, id: node.id }, PROVIDERS_SCOPE),
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

  /** Finds an organisation, or null when there is none with this id. */
  async findById(id: string): Promise<OrganisationModel | null> {
    const normalised = parseId(id, 'id', 'an organisation');

    return (
      (await this.repository.findByIds([normalised])).get(normalised) ?? null
    );
  }

  /** Finds an organisation or raises NOT_FOUND. */
  async get(id: string): Promise<OrganisationModel> {
    const organisation = await this.findById(id);
    if (organisation === null) {
      throw new NotFoundError(`No organisation has the id ${id}.`);
    }

    return organisation;
  }

  councilsCovering(
    latitude: number,
    longitude: number,
  ): Promise<OrganisationModel[]> {
    if (!Number.isFinite(latitude) || Math.abs(latitude) > 90) {
      throw new BadUserInputError(
        `latitude is ${latitude}; expected a number from -90 to 90.`,
        'latitude',
      );
    }
    if (!Number.isFinite(longitude) || Math.abs(longitude) > 180) {
      throw new BadUserInputError(
        `longitude is ${longitude}; expected a number from -180 to 180.`,
        'longitude',
      );
    }

    return this.repository.findCouncilsCovering(longitude, latitude);
  }

  /** Creates an organisation with the viewer as its first owner. */
  async create(
    viewer: Viewer,
    input: CreateOrganisationInput,
  ): Promise<OrganisationModel> {
    const fields: NewOrganisationFields = {
      name: cleanName(input.name, 'input.name'),
      kind: input.kind,
      description: cleanDescription(
        input.description ?? '',
        'input.description',
      ),
      website: cleanWebsite(input.website, 'input.website'),
    };
    for (let attempt = 1; ; attempt += 1) {
      try {
        const created = await this.dataSource.transaction((manager) =>
          this.insertWithOwner(manager, viewer, fields),
        );
        this.logger.log(`User ${viewer.userId} created ${created.id}`);

        return created;
      } catch (error) {
        if (attempt >= SLUG_ATTEMPTS || !isSlugTaken(error)) throw error;
      }
    }
  }

  private async insertWithOwner(
    manager: EntityManager,
    viewer: Viewer,
    fields: NewOrganisationFields,
  ): Promise<OrganisationModel> {
    const base = slugify(fields.name);
    const slug = firstFreeSlug(
      base,
      await this.repository.findSlugsLike(manager, base),
    );
    const created = await this.repository.insert(manager, { ...fields, slug });
    await this.members.insert(
      manager,
      created.id,
      viewer.userId,
      OrganisationRole.OWNER,
    );
    const common = { actorId: viewer.userId, organisationId: created.id };
    await this.audit.record(
      {
        ...common,
        subjectType: 'organisation',
        subjectId: created.id,
        action: 'create',
        changes: diffFields({}, { ...fields, slug }),
      },
      manager,
    );
    await this.audit.record(
      {
        ...common,
        subjectType: 'membership',
        subjectId: `${created.id}:${viewer.userId}`,
        action: 'create',
        changes: { role: { from: null, to: OrganisationRole.OWNER } },
      },
      manager,
    );

    return created;
  }

  /** Changes the name, description or website; owners only. */
  async update(
    viewer: Viewer,
    input: UpdateOrganisationInput,
  ): Promise<OrganisationModel> {
    const id = parseId(
      input.organisationId,
      'input.organisationId',
      'an organisation',
    );
    await this.access.require(viewer, id, [OrganisationRole.OWNER]);

    return this.dataSource.transaction(async (manager) => {
      const before = await this.repository.lock(manager, id);
      if (before === null) {
        throw new NotFoundError(`No organisation has the id ${id}.`);
      }
      const after = updatedFields(before, input);
      const updated = await this.repository.update(manager, id, after);
      await this.audit.record(
        {
          actorId: viewer.userId,
          organisationId: id,
          subjectType: 'organisation',
          subjectId: id,
          action: 'update',
          changes: diffFields({ ...before }, { ...after }),
        },
        manager,
      );

      return updated;
    });
  }
}

/**
 * Computes the fields after the update. A left-out or null name or description is
 * kept; a null website removes it, as the input type documents.
 */
function updatedFields(
  before: OrganisationModel,
  input: UpdateOrganisationInput,
): OrganisationFields {
  return {
    name:
      input.name === undefined || input.name === null
        ? before.name
        : cleanName(input.name, 'input.name'),
    description:
      input.description === undefined || input.description === null
        ? before.description
        : cleanDescription(input.description, 'input.description'),
    website:
      input.website === undefined
        ? before.website
        : cleanWebsite(input.website, 'input.website'),
  };
}

/** Checks whether a concurrent creation took the slug first. */
function isSlugTaken(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as {
    code?: string;
    constraint?: string;
  };

  return (
    driverError.code === '23505' &&
    driverError.constraint === 'UQ_organisations_slug'
  );
}
