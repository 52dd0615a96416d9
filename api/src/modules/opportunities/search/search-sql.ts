import type { CursorPosition } from '../../../common/pagination/cursor.js';
import type { SearchCriteria } from './search-criteria.js';

/** Collects query parameters and returns their `$n` placeholders. */
export class SqlParameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);

    return `$${this.values.length}`;
  }
}

/**
 * Builds the WHERE conditions of a search on `opportunities o`. Spatial
 * conditions compare the uncast `location` column so the GiST index serves them.
 */
export function searchConditions(
  criteria: SearchCriteria,
  params: SqlParameters,
  origin: string | null,
): string[] {
  const conditions = [`o.status = 'published'`];
  if (criteria.radiusMetres !== null && origin !== null) {
    // use_spheroid = false matches the sphere distance of `<->` used to sort.
    conditions.push(
      `ST_DWithin(o.location, ${origin}, ${params.add(criteria.radiusMetres)}, false)`,
    );
  }
  if (criteria.boxes.length > 0) {
    const boxes = criteria.boxes.map(
      (box) =>
        `o.location::geometry && ST_MakeEnvelope(${params.add(box.west)}, ${params.add(box.south)}, ${params.add(box.east)}, ${params.add(box.north)}, 4326)`,
    );
    conditions.push(`(${boxes.join(' OR ')})`);
  }
  conditions.push(...filterConditions(criteria, params));

  return conditions;
}

function filterConditions(
  { filter }: SearchCriteria,
  params: SqlParameters,
): string[] {
  const conditions: string[] = [];
  if (filter.sdgs) {
    conditions.push(
      `EXISTS (SELECT 1 FROM opportunity_sdgs f WHERE f.opportunity_id = o.id AND f.sdg_number = ANY(${params.add(filter.sdgs)}::smallint[]))`,
    );
  }
  if (filter.skills) {
    conditions.push(
      `EXISTS (SELECT 1 FROM opportunity_skills f WHERE f.opportunity_id = o.id AND f.skill_id = ANY(${params.add(filter.skills)}::text[]))`,
    );
  }
  if (filter.kinds) {
    conditions.push(
      `o.kind = ANY(${params.add(filter.kinds)}::opportunity_kind[])`,
    );
  }
  if (filter.modes) {
    conditions.push(
      `o.mode = ANY(${params.add(filter.modes)}::opportunity_mode[])`,
    );
  }
  if (filter.freeOnly) conditions.push('o.cost_minor IS NULL');
  if (filter.age !== null) {
    const age = params.add(filter.age);
    conditions.push(
      `(o.min_age IS NULL OR o.min_age <= ${age}) AND (o.max_age IS NULL OR o.max_age >= ${age})`,
    );
  }
  if (filter.startsAfter || filter.startsBefore) {
    const bounds: string[] = [];
    if (filter.startsAfter) {
      bounds.push(`s.starts_at >= ${params.add(filter.startsAfter)}`);
    }
    if (filter.startsBefore) {
      bounds.push(`s.starts_at < ${params.add(filter.startsBefore)}`);
    }
    conditions.push(
      `EXISTS (SELECT 1 FROM opportunity_sessions s WHERE s.opportunity_id = o.id AND ${bounds.join(' AND ')})`,
    );
  }
  if (filter.text) {
    conditions.push(
      `o.search_vector @@ websearch_to_tsquery('english', ${params.add(filter.text)})`,
    );
  }

  return conditions;
}

/** Builds the point to measure from as a geography expression over parameters. */
export function originExpression(
  criteria: SearchCriteria,
  params: SqlParameters,
): string | null {
  if (criteria.origin === null) return null;
  const longitude = params.add(criteria.origin.longitude);
  const latitude = params.add(criteria.origin.latitude);

  // PostGIS takes longitude first.
  return `ST_SetSRID(ST_MakePoint(${longitude}, ${latitude}), 4326)::geography`;
}

/**
 * Builds the sort key, ORDER BY and keyset condition for one page. With an
 * origin the key is the distance in metres, sorted by the KNN operator `<->`,
 * so the GiST index returns rows nearest first. Without one it is the title.
 */
export function pageOrdering(
  origin: string | null,
  position: CursorPosition | null,
  params: SqlParameters,
): { key: string; orderBy: string; after: string | null } {
  const key = origin === null ? 'o.title' : `(o.location <-> ${origin})`;
  const after =
    position === null
      ? null
      : `(${key}, o.id) > (${params.add(position.key)}, ${params.add(position.id)}::uuid)`;

  return { key, orderBy: `${key}, o.id`, after };
}
