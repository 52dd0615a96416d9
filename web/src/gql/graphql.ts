/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A map viewport in degrees. A west edge greater than the east edge crosses the antimeridian. */
export type BoundingBoxInput = {
  east: number;
  north: number;
  south: number;
  west: number;
};

/** A point to search around: both coordinates, or the id of a place. */
export type NearInput = {
  /** Degrees, -90 to 90. */
  latitude?: number | null | undefined;
  /** Degrees, -180 to 180. */
  longitude?: number | null | undefined;
  /** A place from `places`. */
  placeId?: string | number | null | undefined;
};

/** Within one list any value matches; every filter given must match. */
export type OpportunityFilterInput = {
  /** The learner's age in years; matches the age range. */
  age?: number | null | undefined;
  freeOnly?: boolean | null | undefined;
  kinds?: Array<OpportunityKind> | null | undefined;
  modes?: Array<OpportunityMode> | null | undefined;
  /** SDG numbers, 1 to 17. */
  sdgs?: Array<number> | null | undefined;
  /** Skill ids. */
  skills?: Array<string | number> | null | undefined;
  /** Has a session starting at or after this time. */
  startsAfter?: string | null | undefined;
  /** Has a session starting before this time. */
  startsBefore?: string | null | undefined;
  /** Words to find in the title, summary or description. */
  text?: string | null | undefined;
};

export type OpportunityKind =
  | 'COURSE'
  | 'EVENT'
  | 'MENTORING'
  | 'VOLUNTEERING'
  | 'WORKSHOP'
  | 'WORK_EXPERIENCE'
  | 'YOUTH_CAFE';

export type OpportunityMode =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

/** The World Economic Forum's three groups of 21st-century skills. */
export type SkillGroup =
  | 'CHARACTER_QUALITY'
  | 'COMPETENCY'
  | 'FOUNDATIONAL_LITERACY';

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataQuery = { sdgs: Array<{ number: number, shortTitle: string, title: string, colour: string }>, skills: Array<{ id: string, name: string, group: SkillGroup, position: number }> };

export type AppSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppSettingsQuery = { appSettings: { tileUrl: string, tileAttribution: string } };

export type OpportunityMarkersQueryVariables = Exact<{
  near?: NearInput | null | undefined;
  radiusKm?: number | null | undefined;
  bbox?: BoundingBoxInput | null | undefined;
  filter?: OpportunityFilterInput | null | undefined;
  limit: number;
}>;


export type OpportunityMarkersQuery = { opportunityMarkers: { totalCount: number, truncated: boolean, markers: Array<{ id: string, latitude: number, longitude: number, title: string, kind: OpportunityKind, sdgNumbers: Array<number> }> } };

export type SdgChipFieldsFragment = { number: number, shortTitle: string, colour: string };

export type SessionFieldsFragment = { id: string, startsAt: string, endsAt: string, timeZone: string };

export type CostFieldsFragment = { free: boolean, amountMinor: number | null, currency: string | null };

export type OpportunitiesQueryVariables = Exact<{
  near?: NearInput | null | undefined;
  radiusKm?: number | null | undefined;
  bbox?: BoundingBoxInput | null | undefined;
  filter?: OpportunityFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type OpportunitiesQuery = { opportunities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, distanceKm: number | null, node: { id: string, title: string, kind: OpportunityKind, location: { latitude: number, longitude: number } | null, provider: { id: string, name: string }, nextSession: { id: string, startsAt: string, endsAt: string, timeZone: string } | null, cost: { free: boolean, amountMinor: number | null, currency: string | null }, sdgs: Array<{ number: number, shortTitle: string, colour: string }> } }> } };

export type OpportunityDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OpportunityDetailQuery = { opportunity: { id: string, title: string, summary: string, description: string, kind: OpportunityKind, mode: OpportunityMode, venueName: string | null, venueAddress: string | null, minAge: number | null, maxAge: number | null, capacity: number | null, location: { latitude: number, longitude: number } | null, place: { id: string, name: string } | null, sessions: Array<{ id: string, startsAt: string, endsAt: string, timeZone: string }>, cost: { free: boolean, amountMinor: number | null, currency: string | null }, sdgs: Array<{ number: number, shortTitle: string, colour: string }>, skills: Array<{ id: string, name: string, group: SkillGroup, position: number }>, provider: { id: string, name: string, website: string | null } } | null };

export type PlaceFieldsFragment = { id: string, name: string, countryCode: string, adminCode: string | null, population: number, location: { latitude: number, longitude: number } };

export type SearchPlacesQueryVariables = Exact<{
  search: string;
  first: number;
}>;


export type SearchPlacesQuery = { places: Array<{ id: string, name: string, countryCode: string, adminCode: string | null, population: number, location: { latitude: number, longitude: number } }> };

export type PlaceQueryVariables = Exact<{
  id: string | number;
}>;


export type PlaceQuery = { place: { id: string, name: string, countryCode: string, adminCode: string | null, population: number, location: { latitude: number, longitude: number } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SdgChipFieldsFragmentDoc = new TypedDocumentString(`
    fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}
    `, {"fragmentName":"SdgChipFields"}) as unknown as TypedDocumentString<SdgChipFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on OpportunitySession {
  id
  startsAt
  endsAt
  timeZone
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const CostFieldsFragmentDoc = new TypedDocumentString(`
    fragment CostFields on Cost {
  free
  amountMinor
  currency
}
    `, {"fragmentName":"CostFields"}) as unknown as TypedDocumentString<CostFieldsFragment, unknown>;
export const PlaceFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlaceFields on Place {
  id
  name
  countryCode
  adminCode
  population
  location {
    latitude
    longitude
  }
}
    `, {"fragmentName":"PlaceFields"}) as unknown as TypedDocumentString<PlaceFieldsFragment, unknown>;
export const ReferenceDataDocument = new TypedDocumentString(`
    query ReferenceData {
  sdgs {
    number
    shortTitle
    title
    colour
  }
  skills {
    id
    name
    group
    position
  }
}
    `) as unknown as TypedDocumentString<ReferenceDataQuery, ReferenceDataQueryVariables>;
export const AppSettingsDocument = new TypedDocumentString(`
    query AppSettings {
  appSettings {
    tileUrl
    tileAttribution
  }
}
    `) as unknown as TypedDocumentString<AppSettingsQuery, AppSettingsQueryVariables>;
export const OpportunityMarkersDocument = new TypedDocumentString(`
    query OpportunityMarkers($near: NearInput, $radiusKm: Float, $bbox: BoundingBoxInput, $filter: OpportunityFilterInput, $limit: Int!) {
  opportunityMarkers(
    near: $near
    radiusKm: $radiusKm
    bbox: $bbox
    filter: $filter
    limit: $limit
  ) {
    markers {
      id
      latitude
      longitude
      title
      kind
      sdgNumbers
    }
    totalCount
    truncated
  }
}
    `) as unknown as TypedDocumentString<OpportunityMarkersQuery, OpportunityMarkersQueryVariables>;
export const OpportunitiesDocument = new TypedDocumentString(`
    query Opportunities($near: NearInput, $radiusKm: Float, $bbox: BoundingBoxInput, $filter: OpportunityFilterInput, $first: Int!, $after: String) {
  opportunities(
    near: $near
    radiusKm: $radiusKm
    bbox: $bbox
    filter: $filter
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      distanceKm
      node {
        id
        title
        kind
        location {
          latitude
          longitude
        }
        provider {
          id
          name
        }
        nextSession {
          ...SessionFields
        }
        cost {
          ...CostFields
        }
        sdgs {
          ...SdgChipFields
        }
      }
    }
  }
}
    fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}
fragment SessionFields on OpportunitySession {
  id
  startsAt
  endsAt
  timeZone
}
fragment CostFields on Cost {
  free
  amountMinor
  currency
}`) as unknown as TypedDocumentString<OpportunitiesQuery, OpportunitiesQueryVariables>;
export const OpportunityDetailDocument = new TypedDocumentString(`
    query OpportunityDetail($id: ID!) {
  opportunity(id: $id) {
    id
    title
    summary
    description
    kind
    mode
    location {
      latitude
      longitude
    }
    venueName
    venueAddress
    place {
      id
      name
    }
    sessions {
      ...SessionFields
    }
    cost {
      ...CostFields
    }
    minAge
    maxAge
    capacity
    sdgs {
      ...SdgChipFields
    }
    skills {
      id
      name
      group
      position
    }
    provider {
      id
      name
      website
    }
  }
}
    fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}
fragment SessionFields on OpportunitySession {
  id
  startsAt
  endsAt
  timeZone
}
fragment CostFields on Cost {
  free
  amountMinor
  currency
}`) as unknown as TypedDocumentString<OpportunityDetailQuery, OpportunityDetailQueryVariables>;
export const SearchPlacesDocument = new TypedDocumentString(`
    query SearchPlaces($search: String!, $first: Int!) {
  places(search: $search, first: $first) {
    ...PlaceFields
  }
}
    fragment PlaceFields on Place {
  id
  name
  countryCode
  adminCode
  population
  location {
    latitude
    longitude
  }
}`) as unknown as TypedDocumentString<SearchPlacesQuery, SearchPlacesQueryVariables>;
export const PlaceDocument = new TypedDocumentString(`
    query Place($id: ID!) {
  place(id: $id) {
    ...PlaceFields
  }
}
    fragment PlaceFields on Place {
  id
  name
  countryCode
  adminCode
  population
  location {
    latitude
    longitude
  }
}`) as unknown as TypedDocumentString<PlaceQuery, PlaceQueryVariables>;