import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { RequestErrorText } from '@/components/RequestErrorText';
import type { CollectionFieldsFragment } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { isNotFound } from '@/lib/graphql/errors';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';
import { MyBackpackQuery } from '@/modules/badges/graphql/backpack';

import {
  AddBadgeToCollectionMutation,
  CollectionQuery,
  DeleteCollectionMutation,
  MoveCollectionBadgeMutation,
  RemoveBadgeFromCollectionMutation,
  ReplaceCollectionShareLinkMutation,
  SetCollectionPublicMutation,
  UpdateCollectionMutation,
} from '../graphql/collections';

/** Edits one of the learner's collections: details, badges, order and link. */
export function CollectionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(CollectionQuery, { id });
  const [collection, setCollection] = useState<CollectionFieldsFragment | null>(
    null,
  );
  useEffect(() => setCollection(query.data?.collection ?? null), [query.data]);
  usePageTitle(collection?.name ?? t('collections.edit.title'));

  if (query.status === 'error') {
    return (
      <main className="page">
        {isNotFound(query.error) ? (
          <p>{t('collections.edit.notFound')}</p>
        ) : (
          <ErrorMessage
            error={query.error}
            summaryKey="collections.edit.loadFailed"
            onRetry={query.retry}
          />
        )}
      </main>
    );
  }
  if (collection === null)
    return (
      <main className="page">
        <p role="status">{t('collections.edit.loading')}</p>
      </main>
    );

  return (
    <main className="page collection-editor">
      <h1>{collection.name}</h1>
      <p>
        <Link to="/my/collections">{t('collections.backToList')}</Link>
      </p>
      <DetailsForm collection={collection} onSaved={setCollection} />
      <Sharing collection={collection} onChanged={setCollection} />
      <BadgeOrder collection={collection} onChanged={setCollection} />
      <AddBadges collection={collection} onChanged={setCollection} />
      <DeleteCollection collection={collection} />
    </main>
  );
}

interface PartProps {
  collection: CollectionFieldsFragment;
  onChanged: (collection: CollectionFieldsFragment) => void;
}

function DetailsForm({
  collection,
  onSaved,
}: {
  collection: CollectionFieldsFragment;
  onSaved: PartProps['onChanged'];
}) {
  const { t } = useTranslation();
  const update = useMutation(UpdateCollectionMutation);
  const [name, setName] = useState(collection.name);
  const [description, setDescription] = useState(collection.description);
  const id = useId();

  async function save() {
    try {
      const result = await update.mutate({
        input: { collectionId: collection.id, name, description },
      });
      onSaved(result.updateCollection);
    } catch {
      // The error shows below the form.
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>{t('collections.edit.details')}</h2>
      <label htmlFor={`${id}-name`}>{t('collections.fields.name')}</label>
      <input
        id={`${id}-name`}
        value={name}
        maxLength={100}
        onChange={(event) => setName(event.target.value)}
      />
      <label htmlFor={`${id}-description`}>
        {t('collections.fields.description')}
      </label>
      <textarea
        id={`${id}-description`}
        value={description}
        maxLength={1000}
        onChange={(event) => setDescription(event.target.value)}
      />
      <button
        type="submit"
        className="button"
        disabled={update.state.status === 'pending'}
      >
        {t('collections.edit.save')}
      </button>
      {update.state.status === 'error' && (
        <RequestErrorText id={`${id}-error`} error={update.state.error} />
      )}
    </form>
  );
}

function Sharing({ collection, onChanged }: PartProps) {
  const { t } = useTranslation();
  const setPublic = useMutation(SetCollectionPublicMutation);
  const replace = useMutation(ReplaceCollectionShareLinkMutation);
  const [copied, setCopied] = useState(false);
  const errorId = useId();
  const input = { collectionId: collection.id };

  async function makePublic(value: boolean) {
    if (value && !window.confirm(t('collections.sharing.confirmPublic')))
      return;
    try {
      onChanged(
        (await setPublic.mutate({ input: { ...input, public: value } }))
          .setCollectionPublic,
      );
    } catch {
      // The error shows below.
    }
  }

  async function replaceLink() {
    if (!window.confirm(t('collections.sharing.confirmReplace'))) return;
    try {
      onChanged((await replace.mutate({ input })).replaceCollectionShareLink);
    } catch {
      // The error shows below.
    }
  }

  async function copy() {
    await navigator.clipboard.writeText(collection.shareUrl ?? '');
    setCopied(true);
  }

  const error =
    setPublic.state.status === 'error'
      ? setPublic.state.error
      : replace.state.status === 'error'
        ? replace.state.error
        : null;

  return (
    <section aria-labelledby={`${errorId}-title`}>
      <h2 id={`${errorId}-title`}>{t('collections.sharing.title')}</h2>
      <p>
        {t(
          collection.public
            ? 'collections.sharing.isPublic'
            : 'collections.sharing.isPrivate',
        )}
      </p>
      {collection.public && collection.shareUrl !== null ? (
        <>
          <p>
            <a href={collection.shareUrl}>{collection.shareUrl}</a>
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void copy()}
          >
            {t('collections.sharing.copy')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void replaceLink()}
          >
            {t('collections.sharing.replace')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void makePublic(false)}
          >
            {t('collections.sharing.turnOff')}
          </button>
          {copied && <p role="status">{t('collections.sharing.copied')}</p>}
        </>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => void makePublic(true)}
        >
          {t('collections.sharing.makePublic')}
        </button>
      )}
      {error !== null && <RequestErrorText id={errorId} error={error} />}
    </section>
  );
}

function BadgeOrder({ collection, onChanged }: PartProps) {
  const { t } = useTranslation();
  const move = useMutation(MoveCollectionBadgeMutation);
  const remove = useMutation(RemoveBadgeFromCollectionMutation);
  const errorId = useId();
  const last = collection.badges.length - 1;

  async function run(action: () => Promise<CollectionFieldsFragment>) {
    try {
      onChanged(await action());
    } catch {
      // The error shows below the list.
    }
  }

  const moveTo = (
    badge: CollectionFieldsFragment['badges'][number],
    position: number,
  ) =>
    run(
      async () =>
        (
          await move.mutate({
            input: {
              collectionId: collection.id,
              badge: { kind: badge.kind, id: badge.id },
              position,
            },
          })
        ).moveCollectionBadge,
    );
  const removeBadge = (badge: CollectionFieldsFragment['badges'][number]) =>
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

  return (
    <section aria-labelledby={`${errorId}-title`}>
      <h2 id={`${errorId}-title`}>
        {t('collections.badges.title', { count: collection.badgeCount })}
      </h2>
      {collection.badges.length === 0 && <p>{t('collections.badges.empty')}</p>}
      <ol className="collection-badges">
        {collection.badges.map((badge, index) => {
          const name = badge.name ?? t('collections.unnamed');

          return (
            <li key={`${badge.kind}-${badge.id}`}>
              {name} (
              {t(
                badge.shared
                  ? 'collections.badges.shared'
                  : 'collections.badges.notShared',
              )}
              )
              <button
                type="button"
                disabled={index === 0}
                onClick={() => void moveTo(badge, index - 1)}
              >
                {t('collections.badges.up', { name })}
              </button>
              <button
                type="button"
                disabled={index === last}
                onClick={() => void moveTo(badge, index + 1)}
              >
                {t('collections.badges.down', { name })}
              </button>
              <button type="button" onClick={() => void removeBadge(badge)}>
                {t('collections.badges.remove', { name })}
              </button>
            </li>
          );
        })}
      </ol>
      {error !== null && <RequestErrorText id={errorId} error={error} />}
    </section>
  );
}

function AddBadges({ collection, onChanged }: PartProps) {
  const { t } = useTranslation();
  const backpack = useQuery(MyBackpackQuery, { first: 100, sort: 'NAME' });
  const add = useMutation(AddBadgeToCollectionMutation);
  const errorId = useId();
  const inCollection = new Set(
    collection.badges.map((badge) => `${badge.kind}-${badge.id}`),
  );
  const candidates = (backpack.data?.myBackpack.edges ?? [])
    .map((edge) => edge.node)
    .filter((badge) => !inCollection.has(`${badge.kind}-${badge.id}`));

  async function addBadge(badge: (typeof candidates)[number]) {
    if (
      collection.public &&
      !badge.shared &&
      !window.confirm(
        t('collections.badges.confirmShare', { name: badge.name ?? '' }),
      )
    )
      return;
    try {
      onChanged(
        (
          await add.mutate({
            input: {
              collectionId: collection.id,
              badge: { kind: badge.kind, id: badge.id },
            },
          })
        ).addBadgeToCollection,
      );
    } catch {
      // The error shows below the list.
    }
  }

  return (
    <section aria-labelledby={`${errorId}-title`}>
      <h2 id={`${errorId}-title`}>{t('collections.add.title')}</h2>
      {backpack.status === 'error' && (
        <ErrorMessage
          error={backpack.error}
          summaryKey="collections.add.loadFailed"
          onRetry={backpack.retry}
        />
      )}
      {backpack.status === 'success' && candidates.length === 0 && (
        <p>{t('collections.add.none')}</p>
      )}
      <ul>
        {candidates.map((badge) => (
          <li key={`${badge.kind}-${badge.id}`}>
            <button
              type="button"
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
      {add.state.status === 'error' && (
        <RequestErrorText id={errorId} error={add.state.error} />
      )}
    </section>
  );
}

function DeleteCollection({
  collection,
}: {
  collection: CollectionFieldsFragment;
}) {
  const { t } = useTranslation();
  const remove = useMutation(DeleteCollectionMutation);
  const navigate = useNavigate();
  const errorId = useId();

  async function deleteIt() {
    if (
      !window.confirm(
        t('collections.delete.confirm', { name: collection.name }),
      )
    )
      return;
    try {
      await remove.mutate({ input: { collectionId: collection.id } });
      void navigate('/my/collections');
    } catch {
      // The error shows below the button.
    }
  }

  return (
    <p>
      <button
        type="button"
        className="button button--danger"
        onClick={() => void deleteIt()}
      >
        {t('collections.delete.button')}
      </button>
      {remove.state.status === 'error' && (
        <RequestErrorText id={errorId} error={remove.state.error} />
      )}
    </p>
  );
}
