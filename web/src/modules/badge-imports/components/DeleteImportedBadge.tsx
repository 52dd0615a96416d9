import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { withNotice } from '@/app/notice';
import { useMutation } from '@/lib/graphql/useMutation';

import { DeleteImportedBadgeMutation } from '../graphql/badge-imports';
import { DeleteImportedBadgeDialog } from './DeleteImportedBadgeDialog';

/**
 * Renders the delete button of an imported badge. It opens a confirmation
 * dialog first, and after deleting goes back to My badges with a notice.
 */
export function DeleteImportedBadge({
  badgeId,
  name,
}: {
  badgeId: string;
  name: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useMutation(DeleteImportedBadgeMutation);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  function close() {
    setOpen(false);
    remove.reset();
    opener.current?.focus();
  }

  async function confirm() {
    try {
      await remove.mutate({ id: badgeId });
    } catch {
      // The dialog shows the error and stays open.
      return;
    }
    await navigate('/my/badges', {
      state: withNotice({ key: 'badgeImports.delete.done', values: { name } }),
    });
  }

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button button--danger"
        onClick={() => setOpen(true)}
      >
        {t('badgeImports.delete.button')}
      </button>
      {open && (
        <DeleteImportedBadgeDialog
          name={name}
          busy={remove.state.status === 'pending'}
          error={
            remove.state.status === 'error' ? remove.state.error : undefined
          }
          onConfirm={() => void confirm()}
          onClose={close}
        />
      )}
    </>
  );
}
