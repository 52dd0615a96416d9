import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { withNotice } from '@/app/notice';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useMutation } from '@/lib/graphql/useMutation';

import { DeleteImportedBadgeMutation } from '../graphql/badge-imports';

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

  // A rejection keeps the dialog open, showing the error.
  async function confirm() {
    await remove.mutate({ id: badgeId });
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
        <ConfirmDialog
          title={t('badgeImports.delete.title', { name })}
          text={t('badgeImports.delete.text')}
          confirmLabel={t('badgeImports.delete.confirm')}
          workingLabel={t('badgeImports.delete.deleting')}
          danger
          onConfirm={confirm}
          onCancel={close}
        />
      )}
    </>
  );
}
