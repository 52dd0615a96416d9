import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { CollectionFieldsFragment } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';

import { DeleteCollectionMutation } from '../../graphql/collections';

/** Deletes a collection after a confirmation dialog. Its badges stay. */
export function DeleteCollection({
  collection,
}: {
  collection: CollectionFieldsFragment;
}) {
  const { t } = useTranslation();
  const remove = useMutation(DeleteCollectionMutation);
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  // The page stays inert until the dialog has gone, so the opener can take
  // the focus only in an effect after that render.
  useEffect(
    function focusOpenerAfterCancel() {
      if (!returnFocus) return;
      opener.current?.focus();
      setReturnFocus(false);
    },
    [returnFocus],
  );

  async function deleteCollection() {
    await remove.mutate({ input: { collectionId: collection.id } });
    void navigate('/my/collections');
  }

  function cancel() {
    setConfirming(false);
    remove.reset();
    setReturnFocus(true);
  }

  return (
    <div className="collection-delete">
      <button
        ref={opener}
        type="button"
        className="button button--danger"
        onClick={() => setConfirming(true)}
      >
        {t('collections.delete.button')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('collections.delete.dialog.title', {
            name: collection.name,
          })}
          text={t('collections.delete.dialog.text')}
          confirmLabel={t('collections.delete.dialog.confirm')}
          danger
          onConfirm={deleteCollection}
          onCancel={cancel}
        />
      )}
    </div>
  );
}
