import type { FakeReply } from '@test/fake-api';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Returns an ISO time `days` from now, so that fixtures stay upcoming or past. */
export function daysFromNow(days: number, hour = 10): string {
  const date = new Date(Date.now() + days * DAY_MS);
  date.setUTCHours(hour, 0, 0, 0);

  return date.toISOString();
}

export interface SessionFixture {
  id: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  capacity: number | null;
  registeredCount: number;
  waitlistCount: number;
  placesLeft: number | null;
  viewerRegistration?: {
    id: string;
    status: 'REGISTERED' | 'WAITLISTED' | 'WITHDRAWN';
    waitlistPosition: number | null;
  } | null;
}

/** Builds a session of the opportunity detail panel, starting `days` from now. */
export function sessionFixture(
  id: string,
  days: number,
  overrides: Partial<SessionFixture> = {},
): SessionFixture {
  return {
    id,
    startsAt: daysFromNow(days, 0),
    endsAt: daysFromNow(days, 2),
    timeZone: 'Australia/Sydney',
    capacity: 10,
    registeredCount: 7,
    waitlistCount: 0,
    placesLeft: 3,
    viewerRegistration: null,
    ...overrides,
  };
}

/** Builds a `SessionPlaces` reply for `opportunityId` with these sessions. */
export function sessionPlacesReply(
  opportunityId: string,
  sessions: SessionFixture[],
): FakeReply {
  return {
    body: {
      data: {
        opportunity: {
          __typename: 'Opportunity',
          id: opportunityId,
          sessions: sessions.map((session) => ({
            __typename: 'OpportunitySession',
            ...session,
          })),
        },
      },
    },
  };
}

/**
 * Builds one page of a connection, with cursors `cursor:<index>`. `fields`
 * adds the connection's other fields, such as `session`.
 */
export function connectionReply<TNode>(
  field: string,
  nodes: TNode[],
  options: {
    start?: number;
    totalCount?: number;
    hasNextPage?: boolean;
    fields?: Record<string, unknown>;
  } = {},
): FakeReply {
  const start = options.start ?? 0;
  const edges = nodes.map((node, index) => ({
    cursor: `cursor:${start + index}`,
    node,
  }));

  return {
    body: {
      data: {
        [field]: {
          ...options.fields,
          totalCount: options.totalCount ?? nodes.length,
          pageInfo: {
            hasNextPage: options.hasNextPage ?? false,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
          edges,
        },
      },
    },
  };
}
