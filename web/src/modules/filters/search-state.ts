import type { OpportunityFilterInput, OpportunityKind } from '@/gql/graphql';

/** Radius choices in kilometres; the API accepts (0, 200]. */
export const RADIUS_OPTIONS_KM = [2, 5, 10, 25, 50, 100, 200] as const;
export const DEFAULT_RADIUS_KM = 25;

// A record keyed by the generated union makes the compiler reject a list
// that misses a kind the schema adds.
const KIND_ORDER: Record<OpportunityKind, number> = {
  WORKSHOP: 1,
  MENTORING: 2,
  WORK_EXPERIENCE: 3,
  EVENT: 4,
  COURSE: 5,
  VOLUNTEERING: 6,
  YOUTH_CAFE: 7,
};

export const OPPORTUNITY_KINDS = (
  Object.keys(KIND_ORDER) as OpportunityKind[]
).sort((a, b) => KIND_ORDER[a] - KIND_ORDER[b]);

export interface SearchFilters {
  sdgs: number[];
  skills: string[];
  kinds: OpportunityKind[];
  freeOnly: boolean;
}

/** Search fields kept in the query string: enough to share a search, no coordinates. */
export interface SharedSearchState {
  placeId: string | null;
  radiusKm: number;
  filters: SearchFilters;
}

export const EMPTY_FILTERS: SearchFilters = {
  sdgs: [],
  skills: [],
  kinds: [],
  freeOnly: false,
};

const MAX_PLACE_ID = 2 ** 31 - 1;

/**
 * Returns true when `value` has the form the API accepts for a place id: a
 * GeoNames id of up to ten digits that fits PostgreSQL's `integer`.
 */
export function isPlaceId(value: string): boolean {
  return /^\d{1,10}$/.test(value) && Number(value) <= MAX_PLACE_ID;
}

function isKind(value: string): value is OpportunityKind {
  return Object.hasOwn(KIND_ORDER, value);
}

function readList(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Reads a shared search from a query string, dropping invalid values. */
export function parseSearchParams(params: URLSearchParams): SharedSearchState {
  const radius = Number(params.get('radius'));
  const sdgs = readList(params, 'sdg')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= 17);
  const place = params.get('place')?.trim() ?? '';

  return {
    placeId: place === '' ? null : place,
    radiusKm: (RADIUS_OPTIONS_KM as readonly number[]).includes(radius)
      ? radius
      : DEFAULT_RADIUS_KM,
    filters: {
      sdgs: [...new Set(sdgs)].sort((a, b) => a - b),
      skills: [...new Set(readList(params, 'skill'))],
      kinds: [...new Set(readList(params, 'kind').filter(isKind))],
      freeOnly: params.get('free') === '1',
    },
  };
}

/** Drops the skill ids that are not among `knownIds`. */
export function keepKnownSkills(
  filters: SearchFilters,
  knownIds: ReadonlySet<string>,
): SearchFilters {
  const skills = filters.skills.filter((id) => knownIds.has(id));

  return skills.length === filters.skills.length
    ? filters
    : { ...filters, skills };
}

/** Writes a shared search as a query string, leaving out defaults. */
export function toSearchParams(state: SharedSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.placeId !== null) params.set('place', state.placeId);
  if (state.radiusKm !== DEFAULT_RADIUS_KM) {
    params.set('radius', String(state.radiusKm));
  }
  if (state.filters.sdgs.length > 0) {
    params.set('sdg', state.filters.sdgs.join(','));
  }
  if (state.filters.skills.length > 0) {
    params.set('skill', state.filters.skills.join(','));
  }
  if (state.filters.kinds.length > 0) {
    params.set('kind', state.filters.kinds.join(','));
  }
  if (state.filters.freeOnly) params.set('free', '1');

  return params;
}

export function countActiveFilters(filters: SearchFilters): number {
  return (
    filters.sdgs.length +
    filters.skills.length +
    filters.kinds.length +
    (filters.freeOnly ? 1 : 0)
  );
}

/** Builds the API's filter input, or undefined when no filter is set. */
export function toFilterInput(
  filters: SearchFilters,
): OpportunityFilterInput | undefined {
  if (countActiveFilters(filters) === 0) return undefined;

  return {
    ...(filters.sdgs.length > 0 && { sdgs: filters.sdgs }),
    ...(filters.skills.length > 0 && { skills: filters.skills }),
    ...(filters.kinds.length > 0 && { kinds: filters.kinds }),
    ...(filters.freeOnly && { freeOnly: true }),
  };
}
