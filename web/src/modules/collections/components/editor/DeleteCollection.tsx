import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { RequestErrorText } from '@/components/RequestErrorText';
import type { CollectionFieldsFragment } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';

import { DeleteCollectionMutation } from '../../graphql/collections';

/** Deletes a collection after a confirmation; its badges stay. */
export function DeleteCollection({
  collection,
}: {
  collection: CollectionFieldsFragment;
}) {
  const { t } = useTranslation();
  const remove = useMutation(DeleteCollectionMutation);
  const navigate = useNavigate();
  const errorId = useId();

  async function deleteCollection() {
    if (
      !window.confirm(
        t('collections.delete.confirm', { name: collection.name }),
      )
    ) {
      return;
    }
    try {
      await remove.mutate({ input: { collectionId: collection.id } });
      void navigate('/my/collections');
    } catch {
      // The error shows below the button.
    }
  }

  return (
    <div className="collection-delete">
      <button
        type="button"
        className="button button--danger"
        disabled={remove.state.status === 'pending'}
        onClick={() => void deleteCollection()}
      >
        {t('collections.delete.button')}
      </button>
      {remove.state.status === 'error' && (
        <RequestErrorText id={errorId} error={remove.state.error} />
      )}
    </div>
  );
}
