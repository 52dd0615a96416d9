import type { CollectionFieldsFragment } from '@/gql/graphql';

export type CollectionBadge = CollectionFieldsFragment['badges'][number];

/** Props of each part of the collection editor. */
export interface CollectionPartProps {
  collection: CollectionFieldsFragment;
  /** Receives the collection as the API returns it after a change. */
  onChanged: (collection: CollectionFieldsFragment) => void;
}

/** A stable key of a badge in a collection, unique across both kinds. */
export function badgeKey(badge: Pick<CollectionBadge, 'kind' | 'id'>): string {
  return `${badge.kind}-${badge.id}`;
}
