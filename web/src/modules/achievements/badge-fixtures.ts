import type { FakeReply } from '@test/fake-api';

export const ORGANISATION_ID = 'org-1';

/** A stored design as the API returns it, with `overrides` applied. */
export function storedBadge(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Achievement',
    id: 'ach-1',
    name: 'Climate Action Starter',
    description: 'Took part in a local climate workshop.',
    criteriaNarrative: 'Attend the **whole** workshop.',
    achievementType: 'Badge',
    tags: ['climate', 'outdoors'],
    validityDays: null,
    imageUrl: 'http://localhost:3000/api/achievements/ach-1/image',
    imageFileId: null,
    sdgs: [
      {
        __typename: 'Sdg',
        number: 13,
        shortTitle: 'Climate action',
        colour: '#3F7E44',
      },
    ],
    sdgTargets: ['13.3'],
    skills: [],
    escoSkillUris: [],
    archived: false,
    ...overrides,
  };
}

/** An `organisationAchievements` page of `nodes`. */
export function badgesReply(
  nodes: ReturnType<typeof storedBadge>[],
  page: { totalCount?: number; hasNextPage?: boolean; start?: number } = {},
): FakeReply {
  const start = page.start ?? 0;

  return {
    body: {
      data: {
        organisationAchievements: {
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

/** The badge types and goal targets the form offers. */
export function designReferenceReply(): FakeReply {
  return {
    body: {
      data: {
        achievementTypes: ['Achievement', 'Badge', 'Certificate'],
        sdgs: [
          { number: 4, targets: ['4.1', '4.4', '4.a'] },
          { number: 13, targets: ['13.1', '13.2', '13.3'] },
        ],
      },
    },
  };
}
