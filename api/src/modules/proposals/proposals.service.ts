import { Injectable, Logger } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
} from '../../common/errors/domain-error.js';
import { cursorScope, encodeCursor } from '../../common/pagination/cursor.js';
import { AuditService, diffFields } from '../audit/audit.service.js';
import { parseUuid } from '../listings/listing-input.js';
import {
  DEFAULT_LISTINGS_PAGE,
  pageRequest,
} from '../listings/listing-page.js';
import { buildSearchCriteria } from '../opportunities/search/search-criteria.js';
import { parsePlaceId } from '../places/places.service.js';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository.js';
import type { ProposalsArgs } from './dto/proposal.args.js';
import type {
  CreateProposalInput,
  ProposalFieldsInput,
  UpdateProposalInput,
} from './dto/proposal.inputs.js';
import type {
  ProposalConnection,
  ProposalModel,
} from './dto/proposal.model.js';
import { ProposalStatus } from './proposal.entity.js';
import { ProposalAccess, scopeOf } from './proposal-access.service.js';
import {
  type CheckedProposal,
  ProposalInputError,
  roundCoordinate,
  toCheckedProposal,
} from './proposal-input.js';
import { ProposalRateLimit } from './proposal-rate-limit.js';
import {
  ProposalsRepository,
  type StoredProposalFields,
} from './proposals.repository.js';

export const PROPOSAL_SUBJECT = 'proposal';

const DEFAULT_STATUSES = [ProposalStatus.OPEN, ProposalStatus.TAKEN_UP];

/** Proposing, editing, withdrawing, supporting and finding proposals. */
@Injectable()
export class ProposalsService {
  private readonly logger = new Logger(ProposalsService.name);

  constructor(
    private readonly repository: ProposalsRepository,
    private readonly access: ProposalAccess,
    private readonly referenceData: ReferenceDataRepository,
    private readonly rateLimit: ProposalRateLimit,
    private readonly audit: AuditService,
  ) {}

  async create(
    viewer: Viewer,
    input: CreateProposalInput,
  ): Promise<ProposalModel> {
    const fields = await this.resolve(await this.check(input.proposal));
    await this.rateLimit.take(viewer.userId, 'proposal');
    const id = await this.repository.insert(viewer.userId, fields);
    await this.record(viewer, id, 'create', diffFields({}, snapshot(fields)));
    this.logger.log(`User ${viewer.userId} proposed ${id}`);

    return (await this.repository.findOne(id))!;
  }

  /** Replaces the author's own proposal, unless it was withdrawn. */
  async update(
    viewer: Viewer,
    input: UpdateProposalInput,
  ): Promise<ProposalModel> {
    const before = await this.requireAuthor(viewer, input.proposalId);
    const fields = await this.resolve(await this.check(input.proposal));
    await this.repository.update(before.id, fields);
    const changes = diffFields(snapshotOf(before), snapshot(fields));
    if (Object.keys(changes).length > 0) {
      await this.record(viewer, before.id, 'update', changes);
    }

    return (await this.repository.findOne(before.id))!;
  }

  /** Withdraws the author's own proposal; listings made from it stay. */
  async withdraw(viewer: Viewer, rawId: string): Promise<ProposalModel> {
    const proposal = await this.requireAuthor(viewer, rawId);
    await this.repository.setStatus(proposal.id, ProposalStatus.WITHDRAWN);
    await this.record(viewer, proposal.id, 'withdraw', {
      status: { from: proposal.status, to: ProposalStatus.WITHDRAWN },
    });

    return (await this.repository.findOne(proposal.id))!;
  }

  /** Adds the viewer's support; supporting twice changes nothing. */
  async support(viewer: Viewer, rawId: string): Promise<ProposalModel> {
    const proposal = await this.access.requireVisible(
      viewer,
      'input.proposalId',
      rawId,
    );
    if (proposal.status === ProposalStatus.WITHDRAWN) {
      throw new ConflictError(
        'The proposal was withdrawn, so it cannot be supported.',
      );
    }
    await this.rateLimit.take(viewer.userId, 'support');
    await this.repository.addSupport(proposal.id, viewer.userId);

    return (await this.repository.findOne(proposal.id))!;
  }

  /** Removes the viewer's support, if any. */
  async removeSupport(viewer: Viewer, rawId: string): Promise<ProposalModel> {
    const proposal = await this.access.requireVisible(
      viewer,
      'input.proposalId',
      rawId,
    );
    await this.repository.removeSupport(proposal.id, viewer.userId);

    return (await this.repository.findOne(proposal.id))!;
  }

  /** Finds a proposal the viewer may see; null when none is visible. */
  find(viewer: Viewer | null, rawId: string): Promise<ProposalModel | null> {
    return this.access.findVisible(viewer, parseUuid('id', rawId));
  }

  /** Lists the proposals the viewer may see in a viewport or near a point. */
  async search(
    viewer: Viewer | null,
    args: ProposalsArgs,
  ): Promise<ProposalConnection> {
    const criteria = await buildSearchCriteria(
      {
        near: args.near,
        radiusKm: args.radiusKm,
        bbox: args.bbox,
        filter: { sdgs: args.filter?.sdgs, skills: args.filter?.skills },
      },
      (placeId) => this.locatePlace(placeId),
    );
    const search = {
      criteria,
      kinds: nonEmpty(args.filter?.kinds),
      statuses: nonEmpty(args.filter?.statuses) ?? DEFAULT_STATUSES,
    };
    const first = args.first ?? DEFAULT_LISTINGS_PAGE;
    const scope = cursorScope(['proposals', args.bbox, args.near, search]);
    const position = pageRequest(first, args.after, scope);
    const hits = await this.repository.search(
      search,
      scopeOf(viewer),
      first + 1,
      position,
    );
    const edges = hits.slice(0, first).map((hit) => ({
      node: hit.proposal,
      cursor: encodeCursor({ key: hit.sortKey, id: hit.proposal.id }, scope),
    }));

    return {
      edges,
      pageInfo: {
        hasNextPage: hits.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  private async check(input: ProposalFieldsInput): Promise<CheckedProposal> {
    const skills = await this.referenceData.findSkills();

    return toCheckedProposal(input, new Set(skills.map((skill) => skill.id)));
  }

  /** Finds the point of a chosen place, or the name of the place nearest a point. */
  private async resolve(
    checked: CheckedProposal,
  ): Promise<StoredProposalFields> {
    const { point, placeId, ...rest } = checked;
    if (placeId !== null) {
      const place = await this.repository.findPlace(placeId);
      if (place === null) {
        throw new ProposalInputError([
          {
            field: 'placeId',
            message: `placeId "${placeId}" is not a known place; choose a place from the places query.`,
          },
        ]);
      }

      return {
        ...rest,
        latitude: roundCoordinate(place.latitude),
        longitude: roundCoordinate(place.longitude),
        placeId,
        placeName: place.name,
      };
    }
    const { latitude, longitude } = point!;
    const nearest = await this.repository.findNearestPlace(latitude, longitude);

    return {
      ...rest,
      latitude,
      longitude,
      placeId: nearest?.id ?? null,
      placeName: nearest?.name ?? null,
    };
  }

  private async requireAuthor(
    viewer: Viewer,
    rawId: string,
  ): Promise<ProposalModel> {
    const proposal = await this.access.requireVisible(
      viewer,
      'input.proposalId',
      rawId,
    );
    if (proposal.authorId !== viewer.userId) {
      throw new ForbiddenError(
        'Only the author of a proposal may change or withdraw it.',
      );
    }
    if (proposal.status === ProposalStatus.WITHDRAWN) {
      throw new ConflictError(
        'The proposal is already withdrawn, so it cannot be changed.',
      );
    }

    return proposal;
  }

  private async locatePlace(rawId: string) {
    const place = await this.repository.findPlace(
      parsePlaceId('near.placeId', rawId),
    );
    if (place === null) {
      throw new BadUserInputError(
        `near.placeId "${rawId}" is not a known place; find ids with the places query.`,
      );
    }

    return { latitude: place.latitude, longitude: place.longitude };
  }

  private record(
    viewer: Viewer,
    proposalId: string,
    action: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record({
      actorId: viewer.userId,
      organisationId: null,
      subjectType: PROPOSAL_SUBJECT,
      subjectId: proposalId,
      action,
      changes,
    });
  }
}

function snapshot(fields: StoredProposalFields): Record<string, unknown> {
  return {
    kind: fields.kind,
    title: fields.title,
    description: fields.description,
    location: [fields.longitude, fields.latitude],
    placeName: fields.placeName,
    sdgs: fields.sdgs,
    skills: fields.skills,
  };
}

function snapshotOf(proposal: ProposalModel): Record<string, unknown> {
  return {
    kind: proposal.kind,
    title: proposal.title,
    description: proposal.description,
    location: [proposal.location.longitude, proposal.location.latitude],
    placeName: proposal.placeName,
    sdgs: proposal.sdgNumbers,
    skills: proposal.skillIds,
  };
}

function nonEmpty<T>(values: T[] | null | undefined): T[] | null {
  return values === null || values === undefined || values.length === 0
    ? null
    : [...new Set(values)];
}
