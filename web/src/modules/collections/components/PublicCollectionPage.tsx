import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { isNotFound } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/useQuery';

import { PublicCollectionQuery } from '../graphql/collections';

/** A public collection opened by its share link; works signed out. */
export function PublicCollectionPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const result = useQuery(PublicCollectionQuery, { token });
  const collection = result.data?.publicCollection;
  usePageTitle(collection?.name ?? t('collections.public.title'));

  if (result.status === 'error') {
    if (isNotFound(result.error)) {
      return (
        <main className="page public-collection">
          <h1>{t('collections.public.notFoundTitle')}</h1>
          <p>{t('collections.public.notFound')}</p>
        </main>
      );
    }

    return (
      <main className="page public-collection">
        <ErrorMessage
          error={result.error}
          summaryKey="collections.public.loadFailed"
          onRetry={result.retry}
        />
      </main>
    );
  }
  if (collection === undefined) {
    return (
      <main className="page">
        <p role="status">{t('collections.public.loading')}</p>
      </main>
    );
  }

  return (
    <main className="page public-collection">
      <h1>{collection.name}</h1>
      <p>{t('collections.public.owner', { name: collection.ownerName })}</p>
      {collection.description !== '' && <p>{collection.description}</p>}
      {collection.badges.length === 0 && <p>{t('collections.public.empty')}</p>}
      <ul className="badge-list">
        {collection.badges.map((badge) => (
          <li key={`${badge.kind}-${badge.id}`} className="badge-item">
            {badge.imageUrl !== null && (
              <img
                className="badge-item__image"
                src={badge.imageUrl}
                alt=""
                width={72}
                height={72}
              />
            )}
            <div className="badge-item__body">
              <h2 className="badge-item__name">
                <a href={badge.publicUrl}>
                  {badge.name ?? t('collections.unnamed')}
                </a>
              </h2>
              <p>
                {t('collections.public.issuer', {
                  name: badge.issuerName ?? '—',
                })}
              </p>
              <p>{t(`myBadges.backpackStatus.${badge.status}`)}</p>
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}
