import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RequestErrorText } from '@/components/RequestErrorText';
import type { ModerationItemFieldsFragment } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';
import { UnverifiedEmailLink } from '@/modules/accounts/components/UnverifiedEmailLink';
import { OpportunityFacts } from '@/modules/opportunities/components/OpportunityFacts';

import {
  ApproveOpportunityMutation,
  ApproveProviderMutation,
} from '../graphql/moderation';
import { RejectDialog } from './RejectDialog';

interface ModerationDetailProps {
  councilId: string;
  item: ModerationItemFieldsFragment;
  /** Called with the listing's id and the sentence to announce. */
  onDecided: (id: string, announcement: string) => void;
}

/**
 * Renders a listing awaiting review with Approve and Reject. Approving can
 * also approve the provider for the council's area, so that its later
 * listings there skip review.
 */
export function ModerationDetail({
  councilId,
  item,
  onDecided,
}: ModerationDetailProps) {
  const { t } = useTranslation();
  const approve = useMutation(ApproveOpportunityMutation);
  const approveProvider = useMutation(ApproveProviderMutation);
  const [alsoProvider, setAlsoProvider] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const refocusReject = useRef(false);
  const headingId = useId();
  const checkboxId = useId();
  const errorId = useId();
  const failed = approve.state.error ?? approveProvider.state.error;

  useEffect(
    function focusRejectAfterDialog() {
      // Runs once the dialog is gone and the page is no longer inert.
      if (rejecting || !refocusReject.current) return;

      refocusReject.current = false;
      rejectButton.current?.focus();
    },
    [rejecting],
  );

  async function approveListing() {
    try {
      await approve.mutate({ input: { opportunityId: item.id } });
    } catch {
      return;
    }
    if (alsoProvider) {
      try {
        await approveProvider.mutate({
          input: { councilId, providerId: item.provider.id },
        });
      } catch {
        // The listing is approved, so it leaves the queue, and the
        // announcement states that the provider approval failed.
        onDecided(
          item.id,
          t('moderation.approvedProviderFailed', {
            title: item.title,
            provider: item.provider.name,
          }),
        );

        return;
      }
    }
    onDecided(
      item.id,
      alsoProvider
        ? t('moderation.approvedWithProvider', {
            title: item.title,
            provider: item.provider.name,
          })
        : t('moderation.approved', { title: item.title }),
    );
  }

  return (
    <article className="moderation-detail" aria-labelledby={headingId}>
      <h3 id={headingId} className="moderation-detail__title">
        {item.title}
      </h3>
      <p>
        {t(`kind.${item.kind}`)} · {t(`mode.${item.mode}`)}
      </p>
      <div className="moderation-detail__actions">
        <div className="checkbox-field">
          <input
            id={checkboxId}
            type="checkbox"
            checked={alsoProvider}
            onChange={(event) => setAlsoProvider(event.target.checked)}
          />
          <label htmlFor={checkboxId}>
            {t('moderation.alsoApproveProvider', {
              provider: item.provider.name,
            })}
          </label>
        </div>
        <button
          type="button"
          className="button"
          disabled={approve.state.status === 'pending'}
          aria-describedby={failed === undefined ? undefined : errorId}
          onClick={() => void approveListing()}
        >
          {t('moderation.approve')}
        </button>
        <button
          ref={rejectButton}
          type="button"
          className="button button--secondary"
          onClick={() => setRejecting(true)}
        >
          {t('moderation.reject')}
        </button>
        {failed !== undefined && (
          <RequestErrorText id={errorId} error={failed}>
            <UnverifiedEmailLink error={failed} />
          </RequestErrorText>
        )}
      </div>
      <OpportunityFacts opportunity={item} />
      {rejecting && (
        <RejectDialog
          opportunityId={item.id}
          title={item.title}
          onClose={() => {
            refocusReject.current = true;
            setRejecting(false);
          }}
          onRejected={() =>
            onDecided(item.id, t('moderation.rejected', { title: item.title }))
          }
        />
      )}
    </article>
  );
}
