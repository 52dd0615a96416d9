import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RequestErrorText } from '@/components/RequestErrorText';
import type { CollectionFieldsFragment } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';

import {
  MoveCollectionBadgeMutation,
  RemoveBadgeFromCollectionMutation,
} from '../../graphql/collections';
import {
  badgeKey,
  type CollectionBadge,
  type CollectionPartProps,
} from './collection-part';

type Direction = 'up' | 'down';

/** The button to focus after a move: the same one, or the other at an end. */
interface FocusTarget {
  key: string;
  direction: Direction;
}

/**
 * Lists the badges of a collection in order, with buttons that move each
 * one up or down and remove it. After a move the focus stays on the moved
 * badge, on the same button unless the badge reached an end of the list.
 */
export function CollectionBadgeOrder({
  collection,
  onChanged,
}: CollectionPartProps) {
  const { t } = useTranslation();
  const move = useMutation(MoveCollectionBadgeMutation);
  const remove = useMutation(RemoveBadgeFromCollectionMutation);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const id = useId();
  const last = collection.badges.length - 1;

  useEffect(
    function focusMovedBadge() {
      if (focusTarget === null) return;
      const index = collection.badges.findIndex(
        (badge) => badgeKey(badge) === focusTarget.key,
      );
      const atEnd =
        focusTarget.direction === 'up' ? index === 0 : index === last;
      const direction = atEnd
        ? focusTarget.direction === 'up'
          ? 'down'
          : 'up'
        : focusTarget.direction;
      buttons.current.get(`${focusTarget.key}-${direction}`)?.focus();
      setFocusTarget(null);
    },
    [collection, focusTarget, last],
  );

  async function run(action: () => Promise<CollectionFieldsFragment>) {
    move.reset();
    remove.reset();
    try {
      onChanged(await action());

      return true;
    } catch {
      // The error shows below the list.
      return false;
    }
  }

  async function moveBadge(badge: CollectionBadge, direction: Direction) {
    const index = collection.badges.indexOf(badge);
    const moved = await run(
      async () =>
        (
          await move.mutate({
            input: {
              collectionId: collection.id,
              badge: { kind: badge.kind, id: badge.id },
              position: direction === 'up' ? index - 1 : index + 1,
            },
          })
        ).moveCollectionBadge,
    );
    if (moved) setFocusTarget({ key: badgeKey(badge), direction });
  }

  const removeBadge = (badge: CollectionBadge) =>
    run(
      async () =>
        (
          await remove.mutate({
            input: {
              collectionId: collection.id,
              badge: { kind: badge.kind, id: badge.id },
            },
          })
        ).removeBadgeFromCollection,
    );

  const error =
    move.state.status === 'error'
      ? move.state.error
      : remove.state.status === 'error'
        ? remove.state.error
        : null;
  const busy =
    move.state.status === 'pending' || remove.state.status === 'pending';

  function buttonRef(key: string) {
    return (element: HTMLButtonElement | null) => {
      if (element === null) buttons.current.delete(key);
      else buttons.current.set(key, element);
    };
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('collections.badges.title', { count: collection.badgeCount })}
      </h2>
      {collection.badges.length === 0 && <p>{t('collections.badges.empty')}</p>}
      <ol className="collection-badges">
        {collection.badges.map((badge, index) => {
          const key = badgeKey(badge);
          const name = badge.name ?? t('collections.unnamed');

          return (
            <li key={key}>
              <span className="collection-badges__name">
                {t(
                  badge.shared
                    ? 'collections.badges.nameShared'
                    : 'collections.badges.nameNotShared',
                  { name },
                )}
              </span>
              <button
                ref={buttonRef(`${key}-up`)}
                type="button"
                className="button button--secondary"
                disabled={index === 0 || busy}
                aria-label={t('collections.badges.up', { name })}
                onClick={() => void moveBadge(badge, 'up')}
              >
                {t('collections.badges.upShort')}
              </button>
              <button
                ref={buttonRef(`${key}-down`)}
                type="button"
                className="button button--secondary"
                disabled={index === last || busy}
                aria-label={t('collections.badges.down', { name })}
                onClick={() => void moveBadge(badge, 'down')}
              >
                {t('collections.badges.downShort')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                aria-label={t('collections.badges.remove', { name })}
                onClick={() => void removeBadge(badge)}
              >
                {t('collections.badges.removeShort')}
              </button>
            </li>
          );
        })}
      </ol>
      {error !== null && <RequestErrorText id={`${id}-error`} error={error} />}
    </section>
  );
}
