import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useQuery } from '@/lib/graphql/useQuery';

import { MyCollectionsQuery } from '../graphql/collections';
import { CreateCollectionForm } from './CreateCollectionForm';

/** Lists the learner's collections and creates new ones. */
export function MyCollectionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('collections.list.title'));
  const collections = useQuery(MyCollectionsQuery, {});
  const list = collections.data?.myCollections;

  return (
    <main className="page my-collections">
      <h1>{t('collections.list.title')}</h1>
      <p>
        <Link to="/my/badges">{t('collections.backToBadges')}</Link>
      </p>
      {collections.status === 'loading' && list === undefined && (
        <p role="status">{t('collections.list.loading')}</p>
      )}
      {collections.status === 'error' && (
        <ErrorMessage
          error={collections.error}
          summaryKey="collections.list.loadFailed"
          onRetry={collections.retry}
        />
      )}
      {list?.length === 0 && <p>{t('collections.list.empty')}</p>}
      {list !== undefined && list.length > 0 && (
        <ul className="collection-list">
          {list.map((collection) => (
            <li key={collection.id}>
              <Link to={`/my/collections/${collection.id}`}>
                {collection.name}
              </Link>{' '}
              {t(
                collection.public
                  ? 'collections.list.summaryPublic'
                  : 'collections.list.summaryPrivate',
                { count: collection.badgeCount },
              )}
            </li>
          ))}
        </ul>
      )}
      <CreateCollectionForm />
    </main>
  );
}
