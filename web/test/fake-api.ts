import { jest } from '@jest/globals';

import type {
  BoundingBoxInput,
  NearInput,
  OpportunityFilterInput,
} from '../src/gql/graphql';
import { type FixtureOpportunity, OPPORTUNITIES, PLACES } from './fixtures';
import { SDGS, SKILLS } from './reference-data';

/** What a handler returns: a GraphQL body and, for errors, an HTTP status. */
export interface FakeReply {
  status?: number;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: { code: string } }[];
  };
}

type Variables = Record<string, unknown>;
export type Handler = (variables: Variables) => FakeReply | Promise<FakeReply>;

export interface RecordedRequest {
  operationName: string;
  variables: Variables;
  headers: Record<string, string>;
}

function haversineKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
) {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.latitude)) *
      Math.cos(radians(b.latitude)) *
      Math.sin(dLng / 2) ** 2;

  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

export function badUserInput(message: string): FakeReply {
  return {
    body: {
      data: null,
      errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }],
    },
  };
}

function resolveCentre(near: NearInput | undefined) {
  if (near?.placeId !== undefined && near.placeId !== null) {
    return PLACES.find((place) => place.id === near.placeId)?.location ?? null;
  }
  if (
    typeof near?.latitude === 'number' &&
    typeof near.longitude === 'number'
  ) {
    return { latitude: near.latitude, longitude: near.longitude };
  }

  return undefined;
}

function inBox(
  point: { latitude: number; longitude: number },
  bbox: BoundingBoxInput,
) {
  const inLatitude =
    point.latitude >= bbox.south && point.latitude <= bbox.north;
  const inLongitude =
    bbox.west <= bbox.east
      ? point.longitude >= bbox.west && point.longitude <= bbox.east
      : point.longitude >= bbox.west || point.longitude <= bbox.east;

  return inLatitude && inLongitude;
}

function matchesFilter(
  opportunity: FixtureOpportunity,
  filter: OpportunityFilterInput | undefined,
) {
  if (filter === undefined || filter === null) return true;
  if (
    filter.sdgs?.length &&
    !opportunity.sdgs.some((sdg) => filter.sdgs!.includes(sdg.number))
  )
    return false;
  if (
    filter.skills?.length &&
    !opportunity.skills.some((skill) => filter.skills!.includes(skill.id))
  )
    return false;
  if (filter.kinds?.length && !filter.kinds.includes(opportunity.kind))
    return false;
  if (filter.freeOnly === true && !opportunity.cost.free) return false;

  return true;
}

/** Runs a search over the fixtures the way the API does: nearest first. */
export function searchFixtures(variables: Variables) {
  const near = variables.near as NearInput | undefined;
  const bbox = variables.bbox as BoundingBoxInput | undefined;
  const radiusKm = (variables.radiusKm as number | undefined) ?? 25;
  const centre = resolveCentre(near);
  if (centre === null)
    return {
      error: badUserInput(`Place "${String(near?.placeId)}" was not found.`),
    };
  if (radiusKm <= 0 || radiusKm > 200)
    return {
      error: badUserInput('radiusKm must be more than 0 and at most 200.'),
    };

  const matches = OPPORTUNITIES.filter((opportunity) =>
    matchesFilter(opportunity, variables.filter as OpportunityFilterInput),
  )
    .map((opportunity) => ({
      opportunity,
      distanceKm:
        centre === undefined ? null : haversineKm(centre, opportunity.location),
    }))
    .filter(({ opportunity, distanceKm }) =>
      bbox !== undefined
        ? inBox(opportunity.location, bbox)
        : distanceKm === null || distanceKm <= radiusKm,
    )
    .sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0));

  return { matches };
}

function nextSession(opportunity: FixtureOpportunity) {
  return opportunity.sessions[0] ?? null;
}

/** Handlers for every operation the page sends, backed by the fixtures. */
export const DEFAULT_HANDLERS: Record<string, Handler> = {
  Me: () => ({ body: { data: { me: null } } }),
  // A listing without a badge, so session pages show no award panel.
  SessionAchievement: () => ({
    body: {
      data: {
        sessionRegistrations: {
          opportunity: {
            id: 'opp-1',
            provider: { id: 'org-1' },
            achievement: null,
          },
        },
      },
    },
  }),
  ReferenceData: () => ({ body: { data: { sdgs: SDGS, skills: SKILLS } } }),
  AppSettings: () => ({
    body: {
      data: {
        appSettings: {
          __typename: 'AppSettings',
          tileUrl: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png',
          tileAttribution: '&copy; OpenStreetMap contributors',
        },
      },
    },
  }),
  SearchPlaces: (variables) => {
    const search = String(variables.search).toLowerCase();
    const first = (variables.first as number | undefined) ?? 10;
    const places = PLACES.filter((place) =>
      place.name.toLowerCase().startsWith(search),
    ).slice(0, first);

    return { body: { data: { places } } };
  },
  Place: (variables) => ({
    body: {
      data: {
        place: PLACES.find((place) => place.id === variables.id) ?? null,
      },
    },
  }),
  Opportunities: (variables) => {
    const result = searchFixtures(variables);
    if (result.error) return result.error;

    const start =
      variables.after === undefined
        ? 0
        : Number(String(variables.after).replace('cursor:', '')) + 1;
    const first = (variables.first as number | undefined) ?? 20;
    const page = result.matches.slice(start, start + first);
    const edges = page.map(({ opportunity, distanceKm }, index) => ({
      __typename: 'OpportunityEdge',
      cursor: `cursor:${start + index}`,
      distanceKm,
      node: { ...opportunity, nextSession: nextSession(opportunity) },
    }));

    return {
      body: {
        data: {
          opportunities: {
            __typename: 'OpportunityConnection',
            totalCount: result.matches.length,
            pageInfo: {
              __typename: 'PageInfo',
              hasNextPage: start + first < result.matches.length,
              endCursor: edges.at(-1)?.cursor ?? null,
            },
            edges,
          },
        },
      },
    };
  },
  OpportunityMarkers: (variables) => {
    const result = searchFixtures(variables);
    if (result.error) return result.error;

    const limit = (variables.limit as number | undefined) ?? 5000;
    const markers = result.matches.slice(0, limit).map(({ opportunity }) => ({
      __typename: 'OpportunityMarker',
      id: opportunity.id,
      latitude: opportunity.location.latitude,
      longitude: opportunity.location.longitude,
      title: opportunity.title,
      kind: opportunity.kind,
      sdgNumbers: opportunity.sdgs.map((sdg) => sdg.number),
    }));

    return {
      body: {
        data: {
          opportunityMarkers: {
            __typename: 'OpportunityMarkerList',
            markers,
            totalCount: result.matches.length,
            truncated: result.matches.length > limit,
          },
        },
      },
    };
  },
  OpportunityDetail: (variables) => ({
    body: {
      data: {
        opportunity:
          OPPORTUNITIES.find((item) => item.id === variables.id) ?? null,
      },
    },
  }),
};

/**
 * Replaces `fetch` with an in-memory GraphQL endpoint. Only the network is
 * fake: requests are the real JSON POSTs the page sends to `/graphql`.
 */
export function installFakeApi(overrides: Record<string, Handler> = {}) {
  const handlers = { ...DEFAULT_HANDLERS, ...overrides };
  const requests: RecordedRequest[] = [];

  const fetchMock = jest.fn(
    async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) !== '/graphql' || init?.method !== 'POST') {
        throw new TypeError(`Unexpected request to ${String(input)}`);
      }
      init.signal?.throwIfAborted();

      const { query, variables = {} } = JSON.parse(String(init.body)) as {
        query: string;
        variables?: Variables;
      };
      const operationName =
        /^\s*(?:query|mutation)\s+(\w+)/m.exec(query)?.[1] ?? '';
      requests.push({
        operationName,
        variables,
        headers: { ...(init.headers as Record<string, string>) },
      });
      const handler = handlers[operationName];
      const reply: FakeReply = handler
        ? await handler(variables)
        : {
            status: 400,
            body: {
              errors: [
                {
                  message: `Unknown operation ${operationName}`,
                  extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
                },
              ],
            },
          };
      const status = reply.status ?? 200;

      return {
        ok: status < 400,
        status,
        json: async () => JSON.parse(JSON.stringify(reply.body)),
      } as unknown as Response;
    },
  );
  globalThis.fetch = fetchMock as typeof fetch;

  return {
    requests,
    fetchMock,
    requestsFor: (operationName: string) =>
      requests.filter((request) => request.operationName === operationName),
  };
}
