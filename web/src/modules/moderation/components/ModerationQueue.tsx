import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type { ModerationQueueQuery as ModerationQueueResult } from '@/gql/graphql';
import { isForbidden } from '@/lib/graphql/errors';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';
import { useQuery } from '@/lib/graphql/useQuery';
import { useViewer } from '@/modules/accounts';
import { AwaitingVerificationNotice } from '@/modules/organisations/components/AwaitingVerificationNotice';

import {
  ModerationCouncilQuery,
  ModerationQueueQuery,
} from '../graphql/moderation';
import { ModerationDetail } from './ModerationDetail';
import { ModerationList } from './ModerationList';
import { ModerationMap } from './ModerationMap';

export const MODERATION_PAGE_SIZE = 20;

const selectConnection = (data: ModerationQueueResult) => data.moderationQueue;

/**
 * Renders a council's listings awaiting review as a list and as markers on a
 * map of the council's area. Selecting either opens the details with the
 * Approve and Reject actions. A decided listing leaves the queue.
 */
export function ModerationQueue({ councilId }: { councilId: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const council = useQuery(ModerationCouncilQuery, { id: councilId });
  const councilData = council.data?.organisation ?? undefined;
  // The API refuses the queue of an unverified council to its members, but
  // admins review any council's queue.
  const awaitingVerification = councilData?.verified === false;
  const mayReview = !awaitingVerification || viewer?.isAdmin === true;
  const queue = usePagedConnection(
    ModerationQueueQuery,
    mayReview ? { councilId } : null,
    selectConnection,
    MODERATION_PAGE_SIZE,
  );
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const { removeEdge, edges } = queue;
  // The map redraws its markers whenever this list changes, which would undo
  // the spreading out of a cluster around a selected marker, so the list is
  // rebuilt only when the queue changes.
  const items = useMemo(() => edges.map((edge) => edge.node), [edges]);
  const selected = items.find((item) => item.id === selectedId) ?? null;
  const councilName = councilData?.name;

  const decided = useCallback(
    (id: string, message: string) => {
      removeEdge((edge) => edge.node.id === id);
      setSelectedId(null);
      setAnnouncement(message);
      heading.current?.focus();
    },
    [removeEdge],
  );

  if (awaitingVerification && councilName !== undefined && !mayReview) {
    return (
      <>
        <h2>{t('moderation.queueOf', { name: councilName })}</h2>
        <AwaitingVerificationNotice name={councilName} />
      </>
    );
  }
  if (queue.status === 'error' && isForbidden(queue.error)) {
    return <p role="alert">{t('moderation.forbidden')}</p>;
  }

  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {councilName === undefined
          ? t('moderation.queue')
          : t('moderation.queueOf', { name: councilName })}
      </h2>
      {awaitingVerification && councilName !== undefined && (
        <AwaitingVerificationNotice name={councilName} />
      )}
      <p role="status" className="moderation__status">
        {announcement}
      </p>
      {queue.status === 'error' && (
        <ErrorMessage
          error={queue.error}
          summaryKey="moderation.loadFailed"
          onRetry={queue.retry}
        />
      )}
      {queue.status === 'loading' && items.length === 0 && (
        <p>{t('moderation.loading')}</p>
      )}
      {queue.status === 'success' && items.length === 0 && (
        <p className="empty-state">{t('moderation.empty')}</p>
      )}
      <div className="moderation">
        <div className="moderation__side">
          {items.length > 0 && (
            <>
              <ModerationList
                items={items}
                selectedId={selectedId}
                onSelect={setSelectedId}
              />
              <LoadMore list={queue} />
            </>
          )}
          {selected !== null && (
            <ModerationDetail
              key={selected.id}
              councilId={councilId}
              item={selected}
              onDecided={decided}
            />
          )}
        </div>
        <ModerationMap
          area={council.data?.organisation?.area ?? null}
          items={items}
          selectedId={selectedId}
          onSelect={setSelectedId}
        />
      </div>
    </>
  );
}
