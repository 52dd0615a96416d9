import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { RequestErrorText } from '@/components/RequestErrorText';
import type { ImportedBadgeFieldsFragment } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';

import { ReverifyImportedBadgeMutation } from '../graphql/badge-imports';

/**
 * Verifies an imported badge again and hands the new result to
 * `onVerified`. A live region reports the progress and the new status.
 */
export function ReverifyButton({
  badgeId,
  onVerified,
}: {
  badgeId: string;
  onVerified: (badge: ImportedBadgeFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const reverify = useMutation(ReverifyImportedBadgeMutation);
  const errorId = useId();
  const { state } = reverify;
  const pending = state.status === 'pending';

  async function run() {
    try {
      const data = await reverify.mutate({ id: badgeId });
      onVerified(data.reverifyImportedBadge);
    } catch {
      // The error shows next to the button.
    }
  }

  return (
    <div className="import-reverify">
      <button
        type="button"
        className="button button--secondary"
        disabled={pending}
        aria-describedby={state.status === 'error' ? errorId : undefined}
        onClick={() => void run()}
      >
        {pending
          ? t('badgeImports.reverify.pending')
          : t('badgeImports.reverify.button')}
      </button>
      <p role="status" className="import-reverify__status">
        {pending && t('badgeImports.reverify.progress')}
        {state.status === 'success' &&
          t('badgeImports.reverify.done', {
            status: t(
              `badgeImports.status.${state.data.reverifyImportedBadge.status}`,
            ),
          })}
      </p>
      {state.status === 'error' && (
        <RequestErrorText id={errorId} error={state.error} />
      )}
    </div>
  );
}
