import type { FakeReply } from '@test/fake-api';

import type { IssuedBadgeFieldsFragment } from '@/gql/graphql';

export const ORGANISATION_ID = 'org-1';

/** An issued badge as the API returns it to members, with `overrides`. */
export function issuedBadge(
  overrides: Partial<IssuedBadgeFieldsFragment> = {},
): IssuedBadgeFieldsFragment {
  return {
    id: 'cred-1',
    issuedAt: '2026-03-14T10:00:00.000Z',
    status: 'ACTIVE',
    statusReason: null,
    statusChangedAt: null,
    recipientName: 'Lee Learner',
    recipientEmail: 'lee@example.org',
    achievement: { id: 'ach-1', name: 'Weed Warrior' },
    ...overrides,
  };
}

/** Builds the reply with the organisation and its badge designs. */
export function contextReply(viewerRole: string | null = 'OWNER'): FakeReply {
  const designs = [
    { id: 'ach-1', name: 'Weed Warrior' },
    { id: 'ach-2', name: 'Trail Mapper' },
  ];

  return {
    body: {
      data: {
        organisation: {
          id: ORGANISATION_ID,
          name: 'Bushcare Katoomba',
          viewerRole,
        },
        organisationAchievements: {
          edges: designs.map((node) => ({ node })),
        },
      },
    },
  };
}

/** Builds an `organisationCredentials` page of `nodes`. */
export function credentialsReply(
  nodes: IssuedBadgeFieldsFragment[],
  page: { totalCount?: number; hasNextPage?: boolean; start?: number } = {},
): FakeReply {
  const start = page.start ?? 0;

  return {
    body: {
      data: {
        organisationCredentials: {
          totalCount: page.totalCount ?? nodes.length,
          pageInfo: {
            hasNextPage: page.hasNextPage ?? false,
            endCursor: `cursor:${start + nodes.length - 1}`,
          },
          edges: nodes.map((node, index) => ({
            cursor: `cursor:${start + index}`,
            node,
          })),
        },
      },
    },
  };
}
