import { Injectable } from '@nestjs/common';

import { BadUserInputError } from '../../common/errors/domain-error.js';
import type { GeoPoint } from '../../common/geo/geo-point.model.js';
import {
  cursorScope,
  decodeCursor,
  encodeCursor,
} from '../../common/pagination/cursor.js';
import {
  DEFAULT_LISTINGS_PAGE,
  MAX_LISTINGS_PAGE,
} from '../listings/listing-page.js';
import type { NearInput } from '../opportunities/dto/search.args.js';
import {
  buildSearchCriteria,
  type SearchCriteria,
} from '../opportunities/search/search-criteria.js';
import { originExpression } from '../opportunities/search/search-sql.js';
import { parsePlaceId } from '../places/places.service.js';
import type {
  SkillNeedMarkersArgs,
  SkillNeedsArgs,
  SkillNeedSearchArgs,
} from './dto/skill-need.args.js';
import type {
  SkillNeedConnection,
  SkillNeedMarker,
} from './dto/skill-need.model.js';
import { todayUtc } from './skill-need-input.js';
import { openNeedSql, SqlParameters } from './skill-need-sql.js';
import {
  type NeedQuery,
  SkillNeedsRepository,
} from './skill-needs.repository.js';

export const MAX_NEED_MARKERS = 2000;

/** The closing day as text; YYYY-MM-DD sorts as the dates do. */
export const CLOSES_ON_KEY = `to_char(n.closes_on, 'YYYY-MM-DD')`;

/** Finding open skill needs on the map and in lists, for anyone. */
@Injectable()
export class SkillNeedSearch {
  constructor(private readonly repository: SkillNeedsRepository) {}

  async search(args: SkillNeedsArgs): Promise<SkillNeedConnection> {
    const first = checkPageSize('first', args.first ?? DEFAULT_LISTINGS_PAGE);
    const criteria = await this.criteriaFor(args);
    const today = todayUtc();
    const scope = cursorScope(['skillNeeds', criteria, today]);
    const byDistance = criteria.reportsDistance;
    const position = args.after
      ? decodeCursor(args.after, byDistance ? 'number' : 'string', scope)
      : null;
    const query = buildQuery(criteria, today);
    const countConditions = [...query.conditions];
    const countValues = [...query.params.values];
    if (position !== null) {
      query.conditions.push(
        `(${query.key}, n.id) > (${query.params.add(position.key)}${byDistance ? '::float8' : '::text'}, ${query.params.add(position.id)}::uuid)`,
      );
    }
    const hits = await this.repository.search(query, first + 1);
    const edges = hits.slice(0, first).map((hit) => ({
      node: hit.need,
      cursor: encodeCursor(
        {
          key: byDistance ? Number(hit.sortKey) : String(hit.sortKey),
          id: hit.need.id,
        },
        scope,
      ),
      distanceKm:
        hit.distanceMetres === null ? null : hit.distanceMetres / 1000,
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

  async markers(args: SkillNeedMarkersArgs): Promise<SkillNeedMarker[]> {
    const limit = args.limit ?? MAX_NEED_MARKERS;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEED_MARKERS) {
      throw new BadUserInputError(
        `limit is ${limit}; expected an integer from 1 to ${MAX_NEED_MARKERS}.`,
        'limit',
      );
    }
    const criteria = await this.criteriaFor(args);

    return this.repository.findMarkers(buildQuery(criteria, todayUtc()), limit);
  }

  /** Resolves a point given as coordinates or a place id, naming `field` on error. */
  async resolvePoint(near: NearInput, field: string): Promise<GeoPoint> {
    const criteria = await renameField(field, () =>
      buildSearchCriteria({ near }, (placeId) => this.locatePlace(placeId)),
    );

    return criteria.origin!;
  }

  private criteriaFor(args: SkillNeedSearchArgs): Promise<SearchCriteria> {
    return buildSearchCriteria(
      {
        near: args.near,
        radiusKm: args.radiusKm,
        bbox: args.bbox,
        filter: { skills: args.filter?.skills, text: args.filter?.text },
      },
      (placeId) => this.locatePlace(placeId),
    );
  }

  private async locatePlace(rawId: string): Promise<GeoPoint> {
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
}

/**
 * Builds the conditions and order of a search for open needs: nearest
 * first with a `near` point, else closing soonest first. Spatial
 * conditions compare the uncast `location` column so the GiST index serves them.
 */
function buildQuery(criteria: SearchCriteria, today: string): NeedQuery {
  const params = new SqlParameters();
  const conditions = [openNeedSql(params.add(today))];
  const origin = criteria.reportsDistance
    ? originExpression(criteria, params)
    : null;
  if (origin !== null && criteria.radiusMetres !== null) {
    // use_spheroid = false matches the sphere distance of `<->` used to sort.
    conditions.push(
      `ST_DWithin(n.location, ${origin}, ${params.add(criteria.radiusMetres)}, false)`,
    );
  }
  if (criteria.boxes.length > 0) {
    const boxes = criteria.boxes.map(
      (box) =>
        `n.location::geometry && ST_MakeEnvelope(${params.add(box.west)}, ${params.add(box.south)}, ${params.add(box.east)}, ${params.add(box.north)}, 4326)`,
    );
    conditions.push(`(${boxes.join(' OR ')})`);
  }
  const { skills, text } = criteria.filter;
  if (skills) conditions.push(`n.skill_ids && ${params.add(skills)}::text[]`);
  if (text) {
    conditions.push(
      `to_tsvector('english', n.title || ' ' || n.description) @@ websearch_to_tsquery('english', ${params.add(text)})`,
    );
  }
  const distance = origin === null ? null : `(n.location <-> ${origin})`;

  return {
    params,
    conditions,
    key: distance ?? CLOSES_ON_KEY,
    distance,
  };
}

/** Checks a page size, naming `field` in the error. */
export function checkPageSize(field: string, first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_LISTINGS_PAGE) {
    throw new BadUserInputError(
      `${field} is ${first}; expected an integer from 1 to ${MAX_LISTINGS_PAGE}.`,
      field,
    );
  }

  return first;
}

/**
 * Runs a validation written for a `near` argument and reports its errors
 * under `field` instead, such as `input.location`.
 */
async function renameField<T>(
  field: string,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    throw new BadUserInputError(error.message.replace(/^near\b/, field), field);
  }
}
