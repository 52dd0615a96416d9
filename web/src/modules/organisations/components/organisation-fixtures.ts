import type { FakeReply, Handler } from '@test/fake-api';

import type { OpportunityStatus, OrganisationRole } from '@/gql/graphql';
import { meHandler, viewerFixture } from '@/modules/accounts/testing';

export const ORGANISATION_ID = 'org-1';

/**
 * An `Organisation` handler for a verified organisation, a provider unless
 * `kind` says otherwise, where the viewer has `role`.
 */
export function organisationHandler(
  role: OrganisationRole | null,
  kind: 'PROVIDER' | 'COUNCIL' | 'EMPLOYER' = 'PROVIDER',
  verification: { verified: boolean; verifiedAt: string | null } = {
    verified: true,
    verifiedAt: '2026-11-02T03:00:00Z',
  },
): Handler {
  return () => ({
    body: {
      data: {
        organisation: {
          __typename: 'Organisation',
          id: ORGANISATION_ID,
          name: 'Blue Mountains Youth Hub',
          slug: 'blue-mountains-youth-hub',
          kind,
          description: 'Workshops for young people.',
          website: 'https://hub.example.org',
          viewerRole: role,
          ...verification,
        },
      },
    },
  });
}

/** Returns a `Me` handler for a member of the test organisation. */
export function memberViewer(role: OrganisationRole): Handler {
  return meHandler(
    viewerFixture({
      memberships: [
        {
          role,
          organisation: {
            id: ORGANISATION_ID,
            name: 'Blue Mountains Youth Hub',
            kind: 'PROVIDER',
          },
        },
      ],
    }),
  );
}

export interface ListingFixture {
  id: string;
  title: string;
  status: OpportunityStatus;
  moderationNote?: string | null;
  sessions?: { id: string; startsAt: string; endsAt: string }[];
}

/** Builds an `OrganisationOpportunities` reply with one page of `listings`. */
export function listingsReply(
  listings: ListingFixture[],
  page: { hasNextPage?: boolean; totalCount?: number; offset?: number } = {},
): FakeReply {
  const offset = page.offset ?? 0;
  const edges = listings.map((listing, index) => ({
    __typename: 'OpportunityEdge',
    cursor: `cursor:${offset + index}`,
    node: {
      __typename: 'Opportunity',
      moderationNote: null,
      updatedAt: '2026-11-01T00:00:00.000Z',
      ...listing,
      sessions: (listing.sessions ?? []).map((session) => ({
        __typename: 'OpportunitySession',
        timeZone: 'Australia/Sydney',
        ...session,
      })),
    },
  }));

  return {
    body: {
      data: {
        organisationOpportunities: {
          __typename: 'OpportunityConnection',
          totalCount: page.totalCount ?? listings.length,
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: page.hasNextPage ?? false,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
          edges,
        },
      },
    },
  };
}
