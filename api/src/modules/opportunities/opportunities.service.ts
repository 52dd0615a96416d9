import { Injectable } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import { BadUserInputError } from '../../common/errors/domain-error.js';
import type { GeoPoint } from '../../common/geo/geo-point.model.js';
import {
  cursorScope,
  decodeCursor,
  encodeCursor,
  UUID_PATTERN,
} from '../../common/pagination/cursor.js';
import { parsePlaceId, PlacesService } from '../places/places.service.js';
import type { OpportunityModel } from './dto/opportunity.model.js';
import type {
  OpportunityConnection,
  OpportunityMarkerList,
} from './dto/opportunity-connection.model.js';
import type {
  OpportunitiesArgs,
  OpportunityMarkersArgs,
  SearchArgs,
} from './dto/search.args.js';
import { OpportunitiesRepository } from './opportunities.repository.js';
import { OpportunityAccess } from './opportunity-access.service.js';
import {
  buildSearchCriteria,
  type SearchCriteria,
} from './search/search-criteria.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_MARKERS = 5000;

@Injectable()
export class OpportunitiesService {
  constructor(
    private readonly repository: OpportunitiesRepository,
    private readonly places: PlacesService,
    private readonly access: OpportunityAccess,
  ) {}

  async search(args: OpportunitiesArgs): Promise<OpportunityConnection> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    checkCount('first', first, MAX_PAGE_SIZE);
    const criteria = await this.criteriaFor(args);
    const scope = cursorScope(['opportunities', criteria]);
    const position = args.after
      ? decodeCursor(
          args.after,
          criteria.origin === null ? 'string' : 'number',
          scope,
        )
      : null;
    const hits = await this.repository.search(criteria, first + 1, position);
    const edges = hits.slice(0, first).map((hit) => ({
      node: hit.opportunity,
      cursor: encodeCursor({ key: hit.sortKey, id: hit.opportunity.id }, scope),
      distanceKm:
        criteria.reportsDistance && hit.distanceMetres !== null
          ? hit.distanceMetres / 1000
          : null,
    }));

    return {
      edges,
      countAll: () => this.repository.count(criteria),
      pageInfo: {
        hasNextPage: hits.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  async markers(args: OpportunityMarkersArgs): Promise<OpportunityMarkerList> {
    const limit = args.limit ?? MAX_MARKERS;
    checkCount('limit', limit, MAX_MARKERS);
    const criteria = await this.criteriaFor(args);
    const [markers, totalCount] = await Promise.all([
      this.repository.findMarkers(criteria, limit),
      this.repository.count(criteria, { locatedOnly: true }),
    ]);

    return { markers, totalCount, truncated: totalCount > markers.length };
  }

  /**
   * Finds an opportunity the viewer may see: a published one, or one in
   * another status for the viewers that `OpportunityAccess.canView` allows.
   * Returns null for a hidden listing exactly as for an unknown id, so that
   * drafts cannot be probed.
   */
  async findVisible(
    id: string,
    viewer: Viewer | null,
  ): Promise<OpportunityModel | null> {
    if (!UUID_PATTERN.test(id)) {
      throw new BadUserInputError(
        `id "${id.slice(0, 60)}" is not an opportunity id; expected a UUID.`,
      );
    }
    // Ids are stored in lower case; UUIDs compare without regard to case.
    const normalised = id.toLowerCase();
    const found = (await this.repository.findByIds([normalised])).get(
      normalised,
    );

    if (found === undefined) return null;

    return (await this.access.canView(viewer, found)) ? found : null;
  }

  private criteriaFor(args: SearchArgs): Promise<SearchCriteria> {
    return buildSearchCriteria(args, (placeId) => this.locatePlace(placeId));
  }

  private async locatePlace(rawId: string): Promise<GeoPoint> {
    const place = await this.places.findById(
      parsePlaceId('near.placeId', rawId),
    );
    if (place === null) {
      throw new BadUserInputError(
        `near.placeId "${rawId}" is not a known place; find ids with the places query.`,
      );
    }

    return place.location;
  }
}

function checkCount(field: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(
      `${field} is ${value}; expected an integer from 1 to ${max}.`,
    );
  }
}
