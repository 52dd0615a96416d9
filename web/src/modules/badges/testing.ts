import type {
  BackpackItemFieldsFragment,
  MyBadgeFieldsFragment,
} from '@/gql/graphql';

/** Builds one of the learner's badges for tests. */
export function badgeFixture(
  id: string,
  name: string,
  overrides: Partial<MyBadgeFieldsFragment> = {},
): MyBadgeFieldsFragment {
  return {
    id,
    issuedAt: '2026-03-14T02:00:00.000Z',
    validUntil: null,
    expired: false,
    status: 'ACTIVE',
    shared: false,
    publicUrl: `http://localhost:3000/badges/${id}`,
    achievement: {
      id: `ach-${id}`,
      name,
      imageUrl: `http://localhost:3000/api/achievements/ach-${id}/image`,
    },
    issuer: { id: 'org-1', name: 'Katoomba Library' },
    ...overrides,
  };
}

/** Builds one backpack item for tests. */
export function backpackItemFixture(
  id: string,
  name: string,
  overrides: Partial<BackpackItemFieldsFragment> = {},
): BackpackItemFieldsFragment {
  return {
    id,
    kind: 'ISSUED',
    name,
    imageUrl: `http://localhost:3000/api/achievements/ach-${id}/image`,
    issuerName: 'Katoomba Library',
    issuedAt: '2026-03-14T02:00:00.000Z',
    status: 'VALID',
    shared: false,
    ...overrides,
  };
}
