import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { RequestErrorText } from '@/components/RequestErrorText';
import type { BackpackItemFieldsFragment } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';
import { MyBackpackQuery } from '@/modules/badges/graphql/backpack';

import { AddBadgeToCollectionMutation } from '../../graphql/collections';
import { badgeKey, type CollectionPartProps } from './collection-part';

/** Badges per page of the picker; "Load more" fetches the next page. */
export const PICKER_PAGE_SIZE = 50;

const BACKPACK_BY_NAME = { sort: 'NAME' } as const;

/**
 * Lists the backpack's badges by name, a page at a time, and adds one to
 * the collection. Adding an unshared badge to a public collection shares
 * it, so the learner confirms first.
 */
export function AddBadgesPicker({
  collection,
  onChanged,
}: CollectionPartProps) {
  const { t } = useTranslation();
  const backpack = usePagedConnection(
    MyBackpackQuery,
    BACKPACK_BY_NAME,
    (data) => data.myBackpack,
    PICKER_PAGE_SIZE,
  );
  const add = useMutation(AddBadgeToCollectionMutation);
  const id = useId();
  const inCollection = new Set(collection.badges.map(badgeKey));
  const candidates = backpack.edges
    .map((edge) => edge.node)
    .filter((badge) => !inCollection.has(badgeKey(badge)));

  async function addBadge(badge: BackpackItemFieldsFragment) {
    const name = badge.name ?? t('collections.unnamed');
    if (
      collection.public &&
      !badge.shared &&
      !window.confirm(t('collections.badges.confirmShare', { name }))
    ) {
      return;
    }
    try {
      const input = {
        collectionId: collection.id,
        badge: { kind: badge.kind, id: badge.id },
      };
      onChanged((await add.mutate({ input })).addBadgeToCollection);
    } catch {
      // The error shows below the list.
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('collections.add.title')}</h2>
      {backpack.status === 'loading' && backpack.edges.length === 0 && (
        <p role="status">{t('collections.add.loading')}</p>
      )}
      {backpack.status === 'error' && (
        <ErrorMessage
          error={backpack.error}
          summaryKey="collections.add.loadFailed"
          onRetry={backpack.retry}
        />
      )}
      {backpack.status === 'success' &&
        candidates.length === 0 &&
        !backpack.hasNextPage && (
          <p>
            {t(
              backpack.totalCount === 0
                ? 'collections.add.empty'
                : 'collections.add.none',
            )}
          </p>
        )}
      <ul className="collection-picker">
        {candidates.map((badge) => (
          <li key={badgeKey(badge)}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void addBadge(badge)}
              disabled={add.state.status === 'pending'}
            >
              {t('collections.add.button', {
                name: badge.name ?? t('collections.unnamed'),
              })}
            </button>
          </li>
        ))}
      </ul>
      {backpack.edges.length > 0 && (
        <p>
          {t('collections.add.shown', {
            shown: backpack.edges.length,
            count: backpack.totalCount,
          })}
        </p>
      )}
      {backpack.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={backpack.loadingMore}
          onClick={backpack.loadMore}
        >
          {backpack.loadingMore
            ? t('collections.add.loadingMore')
            : t('collections.add.loadMore')}
        </button>
      )}
      {backpack.status === 'success' && backpack.error !== undefined && (
        <RequestErrorText id={`${id}-more-error`} error={backpack.error} />
      )}
      {add.state.status === 'error' && (
        <RequestErrorText id={`${id}-error`} error={add.state.error} />
      )}
    </section>
  );
}
