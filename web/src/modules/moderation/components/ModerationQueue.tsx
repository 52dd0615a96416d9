import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type { ModerationQueueQuery as ModerationQueueResult } from '@/gql/graphql';
import { GraphQLRequestError } from '@/lib/graphql/client';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';
import { useQuery } from '@/lib/graphql/useQuery';

import {
  ModerationCouncilQuery,
  ModerationQueueQuery,
} from '../graphql/moderation';
import { ModerationDetail } from './ModerationDetail';
import { ModerationList } from './ModerationList';
import { ModerationMap } from './ModerationMap';

export const MODERATION_PAGE_SIZE = 20;

const selectConnection = (data: ModerationQueueResult) => data.moderationQueue;

function isForbidden(error: unknown): boolean {
  return (
    error instanceof GraphQLRequestError &&
    error.errors.some((entry) => entry.extensions?.code === 'FORBIDDEN')
  );
}

/**
 * Renders a council's listings awaiting review as a list and as markers on a
 * map of the council's area. Selecting either opens the details with the
 * Approve and Reject actions. A decided listing leaves the queue.
 */
export function ModerationQueue({ councilId }: { councilId: string }) {
  const { t } = useTranslation();
  const council = useQuery(ModerationCouncilQuery, { id: councilId });
  const queue = usePagedConnection(
    ModerationQueueQuery,
    { councilId },
    selectConnection,
    MODERATION_PAGE_SIZE,
  );
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const { removeEdge } = queue;
  const items = queue.edges.map((edge) => edge.node);
  const selected = items.find((item) => item.id === selectedId) ?? null;
  const councilName =
    council.status === 'success' ? council.data.organisation?.name : undefined;

  const decided = useCallback(
    (id: string, message: string) => {
      removeEdge((edge) => edge.node.id === id);
      setSelectedId(null);
      setAnnouncement(message);
      heading.current?.focus();
    },
    [removeEdge],
  );

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
