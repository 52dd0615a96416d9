import type {
  BackpackItemFieldsFragment,
  CollectionFieldsFragment,
} from '@/gql/graphql';
import { backpackItemFixture } from '@/modules/badges/testing';

/** Builds one of the learner's collections for tests. */
export function collectionFixture(
  overrides: Partial<CollectionFieldsFragment> = {},
): CollectionFieldsFragment {
  const badges: BackpackItemFieldsFragment[] = overrides.badges ?? [
    backpackItemFixture('c-1', 'Beekeeper', { shared: true }),
    backpackItemFixture('c-2', 'Coder'),
    backpackItemFixture('i-1', 'Diver', { kind: 'IMPORTED' }),
  ];

  return {
    id: 'col-1',
    name: 'Science',
    description: 'Field work.',
    public: false,
    shareUrl: null,
    badgeCount: badges.length,
    ...overrides,
    badges,
  };
}
