import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ConfirmDialog';
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
 * it, so the learner confirms first. After an add the focus moves to the
 * next "Add" button, or to the heading when none is left, and a status
 * message names the added badge.
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
  const [sharing, setSharing] = useState<BackpackItemFieldsFragment | null>(
    null,
  );
  const [added, setAdded] = useState<string | null>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const inCollection = new Set(collection.badges.map(badgeKey));
  const candidates = backpack.edges
    .map((edge) => edge.node)
    .filter((badge) => !inCollection.has(badgeKey(badge)));

  useEffect(function focusNextAddButton() {
    if (focusIndex === null) return;
    const next = candidates[Math.min(focusIndex, candidates.length - 1)];
    const button = next && buttons.current.get(badgeKey(next));
    (button ?? heading.current)?.focus();
    setFocusIndex(null);
  });

  const nameOf = (badge: BackpackItemFieldsFragment) =>
    badge.name ?? t('collections.unnamed');

  async function addBadge(badge: BackpackItemFieldsFragment) {
    const index = candidates.indexOf(badge);
    const input = {
      collectionId: collection.id,
      badge: { kind: badge.kind, id: badge.id },
    };
    setAdded(null);
    onChanged((await add.mutate({ input })).addBadgeToCollection);
    setSharing(null);
    setAdded(nameOf(badge));
    setFocusIndex(index);
  }

  async function chooseBadge(badge: BackpackItemFieldsFragment) {
    if (collection.public && !badge.shared) {
      setSharing(badge);

      return;
    }
    try {
      await addBadge(badge);
    } catch {
      // The error shows below the list. The button was disabled while the
      // request ran, which dropped the focus, so it goes back to the button.
      setFocusIndex(candidates.indexOf(badge));
    }
  }

  function cancelSharing(badge: BackpackItemFieldsFragment) {
    setSharing(null);
    add.reset();
    // The effect runs once the dialog has gone and the page is no longer
    // inert.
    setFocusIndex(candidates.indexOf(badge));
  }

  function buttonRef(key: string) {
    return (element: HTMLButtonElement | null) => {
      if (element === null) buttons.current.delete(key);
      else buttons.current.set(key, element);
    };
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('collections.add.title')}
      </h2>
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
              ref={buttonRef(badgeKey(badge))}
              type="button"
              className="button button--secondary"
              onClick={() => void chooseBadge(badge)}
              disabled={add.state.status === 'pending'}
            >
              {t('collections.add.button', { name: nameOf(badge) })}
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
      <p role="status" className="collection-picker__status">
        {added !== null && t('collections.add.added', { name: added })}
      </p>
      {add.state.status === 'error' && sharing === null && (
        <RequestErrorText id={`${id}-error`} error={add.state.error} />
      )}
      {sharing !== null && (
        <ConfirmDialog
          title={t('collections.add.shareDialog.title', {
            name: nameOf(sharing),
          })}
          text={t('collections.add.shareDialog.text', {
            name: nameOf(sharing),
          })}
          confirmLabel={t('collections.add.shareDialog.confirm')}
          onConfirm={() => addBadge(sharing)}
          onCancel={() => cancelSharing(sharing)}
        />
      )}
    </section>
  );
}
