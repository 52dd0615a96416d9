import '../collections.css';

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { CollectionFieldsFragment } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { isNotFound } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/useQuery';

import { CollectionQuery } from '../graphql/collections';
import { AddBadgesPicker } from './editor/AddBadgesPicker';
import { CollectionBadgeOrder } from './editor/CollectionBadgeOrder';
import { CollectionDetailsForm } from './editor/CollectionDetailsForm';
import { CollectionSharing } from './editor/CollectionSharing';
import { DeleteCollection } from './editor/DeleteCollection';

/** Edits one of the learner's collections: details, badges, order and link. */
export function CollectionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(CollectionQuery, { id });
  const [collection, setCollection] = useState<CollectionFieldsFragment | null>(
    null,
  );
  useEffect(
    function showLoadedCollection() {
      setCollection(query.data?.collection ?? null);
    },
    [query.data],
  );
  usePageTitle(collection?.name ?? t('collections.edit.title'));

  if (query.status === 'error') {
    return (
      <main className="page">
        {isNotFound(query.error) ? (
          <>
            <h1>{t('collections.edit.notFoundTitle')}</h1>
            <p>{t('collections.edit.notFound')}</p>
            <p>
              <Link to="/my/collections">{t('collections.backToList')}</Link>
            </p>
          </>
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
  if (collection === null) {
    return (
      <main className="page">
        <p role="status">{t('collections.edit.loading')}</p>
      </main>
    );
  }

  return (
    <main className="page collection-editor">
      <h1>{collection.name}</h1>
      <p>
        <Link to="/my/collections">{t('collections.backToList')}</Link>
      </p>
      <CollectionDetailsForm
        collection={collection}
        onChanged={setCollection}
      />
      <CollectionSharing collection={collection} onChanged={setCollection} />
      <CollectionBadgeOrder collection={collection} onChanged={setCollection} />
      <AddBadgesPicker collection={collection} onChanged={setCollection} />
      <DeleteCollection collection={collection} />
    </main>
  );
}
