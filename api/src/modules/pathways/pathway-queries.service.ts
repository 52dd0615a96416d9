import { Injectable } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import type { GeoPoint } from '../../common/geo/geo-point.model.js';
import {
  cursorScope,
  decodeCursor,
  encodeCursor,
  UUID_PATTERN,
} from '../../common/pagination/cursor.js';
import { AchievementsRepository } from '../achievements/achievements.repository.js';
import type { AchievementConnection } from '../achievements/dto/achievement.model.js';
import {
  ALL_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import { parsePlaceId, PlacesService } from '../places/places.service.js';
import {
  type BadgeDesignsArgs,
  DEFAULT_PATHWAYS_PAGE,
  MAX_PATHWAYS_PAGE,
  type OrganisationPathwaysArgs,
  type PathwayPageArgs,
  type PathwaysArgs,
} from './dto/pathway.inputs.js';
import type { PathwayConnection, PathwayModel } from './dto/pathway.model.js';
import { PathwayStatus } from './pathway.entity.js';
import { parseId } from './pathway-builder.service.js';
import { PathwayLearnersRepository } from './pathway-learners.repository.js';
import { checkPageSize, resolveOrigin } from './pathway-origin.js';
import { PathwayPlacesRepository } from './pathway-places.repository.js';
import { PathwaysRepository } from './pathways.repository.js';

/** Reads of pathways: one by id, lists, and badge designs to choose from. */
@Injectable()
export class PathwayQueries {
  constructor(
    private readonly repository: PathwaysRepository,
    private readonly places: PathwayPlacesRepository,
    private readonly learners: PathwayLearnersRepository,
    private readonly achievements: AchievementsRepository,
    private readonly access: OrganisationAccess,
    private readonly placesService: PlacesService,
  ) {}

  /**
   * A published pathway, or any pathway for members of its organisation.
   * A draft is NOT_FOUND to everyone else, exactly as an unknown id.
   */
  async findVisible(
    viewer: Viewer | null,
    rawId: string,
  ): Promise<PathwayModel> {
    const id = UUID_PATTERN.test(rawId) ? rawId.toLowerCase() : null;
    const found =
      id === null ? undefined : (await this.repository.findByIds([id])).get(id);
    const visible =
      found !== undefined &&
      (found.status === PathwayStatus.PUBLISHED ||
        (await this.access.isMember(viewer, found.organisationId)));
    if (!visible) {
      throw new NotFoundError(`No pathway has id ${rawId.slice(0, 60)}.`);
    }

    return found!;
  }

  /** Published pathways: near a point, nearest first, or all by title. */
  async list(args: PathwaysArgs): Promise<PathwayConnection> {
    const first = pageSize(args);
    const { origin, radiusMetres } = await resolveOrigin(
      args.near,
      args.radiusKm,
      (placeId) => this.locatePlace(placeId),
    );
    if (origin === null) {
      return this.byTitle(
        { status: PathwayStatus.PUBLISHED, organisationId: null },
        first,
        args.after,
      );
    }

    return this.near(origin, radiusMetres, first, args.after);
  }

  /** Every pathway of an organisation, for its members. */
  async forOrganisation(
    viewer: Viewer,
    args: OrganisationPathwaysArgs,
  ): Promise<PathwayConnection> {
    const organisationId = parseId('organisationId', args.organisationId);
    await this.access.require(viewer, organisationId, ALL_ROLES);

    return this.byTitle(
      { status: null, organisationId },
      pageSize(args),
      args.after,
    );
  }

  /** Published pathways the viewer follows, most recently followed first. */
  async followed(
    viewer: Viewer,
    args: PathwayPageArgs,
  ): Promise<PathwayConnection> {
    const first = pageSize(args);
    const scope = cursorScope(['followedPathways', viewer.userId]);
    const position = args.after
      ? decodeCursor(args.after, 'string', scope)
      : null;
    const rows = await this.learners.findFollowedPage(
      viewer.userId,
      first + 1,
      position,
    );
    const pathways = await this.repository.findByIds(
      rows.map((row) => row.pathwayId),
    );
    const edges = rows.slice(0, first).map((row) => ({
      node: pathways.get(row.pathwayId)!,
      cursor: encodeCursor({ key: row.followedKey, id: row.pathwayId }, scope),
      distanceKm: null,
    }));

    return connection(edges, rows.length > first);
  }

  /** Badge designs that are not archived, by name, for choosing steps. */
  async badgeDesigns(args: BadgeDesignsArgs): Promise<AchievementConnection> {
    const first = pageSize(args);
    const search = args.search?.trim() || null;
    if (search !== null && search.length > 100) {
      throw new BadUserInputError(
        `search has ${search.length} characters; give at most 100.`,
        'search',
      );
    }
    const scope = cursorScope(['badgeDesigns', search]);
    const position = args.after
      ? decodeCursor(args.after, 'string', scope)
      : null;
    const pattern = search?.replace(/[\\%_]/g, '\\$&') ?? null;
    const [ids, totalCount] = await Promise.all([
      this.repository.findBadgeDesigns(pattern, first + 1, position),
      this.repository.countBadgeDesigns(pattern),
    ]);
    const found = await this.achievements.findByIds(ids);
    const nodes = ids.slice(0, first).flatMap((id) => found.get(id) ?? []);
    const edges = nodes.map((node) => ({
      node,
      cursor: encodeCursor({ key: node.name, id: node.id }, scope),
    }));

    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: ids.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  async locatePlace(rawId: string): Promise<GeoPoint> {
    const place = await this.placesService.findById(
      parsePlaceId('near.placeId', rawId),
    );
    if (place === null) {
      throw new BadUserInputError(
        `near.placeId "${rawId}" is not a known place; find ids with the places query.`,
        'near.placeId',
      );
    }

    return place.location;
  }

  private async byTitle(
    filter: { status: PathwayStatus | null; organisationId: string | null },
    first: number,
    after: string | null | undefined,
  ): Promise<PathwayConnection> {
    const scope = cursorScope(['pathways', filter]);
    const position = after ? decodeCursor(after, 'string', scope) : null;
    const rows = await this.repository.findPage(filter, first + 1, position);
    const edges = rows.slice(0, first).map((node) => ({
      node,
      cursor: encodeCursor({ key: node.title, id: node.id }, scope),
      distanceKm: null,
    }));

    return connection(edges, rows.length > first);
  }

  private async near(
    origin: GeoPoint,
    radiusMetres: number,
    first: number,
    after: string | null | undefined,
  ): Promise<PathwayConnection> {
    const scope = cursorScope(['pathwaysNear', origin, radiusMetres]);
    const position = after ? decodeCursor(after, 'number', scope) : null;
    const rows = await this.places.findNear(
      origin,
      radiusMetres,
      first + 1,
      position,
    );
    const pathways = await this.repository.findByIds(
      rows.map((row) => row.pathwayId),
    );
    const edges = rows.slice(0, first).map((row) => ({
      node: pathways.get(row.pathwayId)!,
      cursor: encodeCursor(
        { key: row.distanceMetres, id: row.pathwayId },
        scope,
      ),
      distanceKm: row.distanceMetres / 1000,
    }));

    return connection(edges, rows.length > first);
  }
}

function pageSize(args: PathwayPageArgs): number {
  const first = args.first ?? DEFAULT_PATHWAYS_PAGE;
  checkPageSize('first', first, MAX_PATHWAYS_PAGE);

  return first;
}

function connection(
  edges: PathwayConnection['edges'],
  hasNextPage: boolean,
): PathwayConnection {
  return {
    edges,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
