import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { RequestErrorText } from '@/components/RequestErrorText';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';

import {
  CreateCollectionMutation,
  MyCollectionsQuery,
} from '../graphql/collections';

/** Lists the learner's collections and creates new ones. */
export function MyCollectionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('collections.list.title'));
  const collections = useQuery(MyCollectionsQuery, {});
  const create = useMutation(CreateCollectionMutation);
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const inputId = useId();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const result = await create.mutate({ input: { name } });
      void navigate(`/my/collections/${result.createCollection.id}`);
    } catch {
      // The error shows next to the field.
    }
  }

  return (
    <main className="page my-collections">
      <h1>{t('collections.list.title')}</h1>
      <p>
        <Link to="/my/badges">{t('collections.backToBadges')}</Link>
      </p>
      {collections.status === 'loading' && !collections.data && (
        <p role="status">{t('collections.list.loading')}</p>
      )}
      {collections.status === 'error' && (
        <ErrorMessage
          error={collections.error}
          summaryKey="collections.list.loadFailed"
          onRetry={collections.retry}
        />
      )}
      {collections.data?.myCollections.length === 0 && (
        <p>{t('collections.list.empty')}</p>
      )}
      {collections.data && collections.data.myCollections.length > 0 && (
        <ul className="collection-list">
          {collections.data.myCollections.map((collection) => (
            <li key={collection.id}>
              <Link to={`/my/collections/${collection.id}`}>
                {collection.name}
              </Link>{' '}
              {t('collections.list.summary', {
                count: collection.badgeCount,
                visibility: t(
                  collection.public
                    ? 'collections.public'
                    : 'collections.private',
                ),
              })}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2>{t('collections.list.createTitle')}</h2>
        <label htmlFor={inputId}>{t('collections.fields.name')}</label>
        <input
          id={inputId}
          value={name}
          maxLength={100}
          onChange={(event) => setName(event.target.value)}
          aria-describedby={
            create.state.status === 'error' ? errorId : undefined
          }
        />
        <button
          type="submit"
          className="button"
          disabled={create.state.status === 'pending'}
        >
          {t('collections.list.create')}
        </button>
        {create.state.status === 'error' && (
          <RequestErrorText id={errorId} error={create.state.error} />
        )}
      </form>
    </main>
  );
}
