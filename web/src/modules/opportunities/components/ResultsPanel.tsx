import '../opportunities.css';

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';

import type { useOpportunityList } from '../hooks/useOpportunityList';
import { ExportLinks } from './ExportLinks';
import { OpportunityCard } from './OpportunityCard';

interface ResultsPanelProps {
  list: ReturnType<typeof useOpportunityList>;
  /** Search area phrase for the result count, such as "near Katoomba". */
  areaLabel: string;
  isAreaSearch: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * Renders the list twin of the map: count, nearest-first cards and "Load
 * more". After "Load more", focus moves to the first new card, because the
 * button it was on may disappear with the last page.
 */
export function ResultsPanel({
  list,
  areaLabel,
  isAreaSearch,
  selectedId,
  onSelect,
}: ResultsPanelProps) {
  const { t } = useTranslation();
  const firstLoad = list.status === 'loading';
  const empty = list.status === 'success' && list.edges.length === 0;
  const listElement = useRef<HTMLOListElement>(null);
  const firstNewIndex = useRef<number | null>(null);
  const edgeCount = list.edges.length;

  useEffect(
    function focusFirstNewCard() {
      const index = firstNewIndex.current;
      if (index === null || edgeCount <= index) return;

      firstNewIndex.current = null;
      const cards =
        listElement.current?.querySelectorAll<HTMLButtonElement>(
          '.card__button',
        ) ?? [];
      cards[index]?.focus();
    },
    [edgeCount],
  );

  function loadMore() {
    firstNewIndex.current = edgeCount;
    list.loadMore();
  }

  function statusText(): string {
    if (firstLoad) return t('results.loading');
    if (list.status !== 'success') return '';
    if (empty) return t(isAreaSearch ? 'results.emptyArea' : 'results.empty');

    const count = `${t('results.count', { count: list.totalCount })} ${areaLabel}`;
    if (list.edges.length >= list.totalCount) return count;

    return `${count}. ${t('results.shown', { shown: list.edges.length, total: list.totalCount })}`;
  }

  return (
    <section className="results" aria-labelledby="results-heading" id="results">
      <h2 id="results-heading" className="results__heading">
        {t('results.heading')}
      </h2>
      <p role="status" aria-live="polite" className="results__status">
        {statusText()}
      </p>
      {list.edges.length > 0 && (
        <ol
          ref={listElement}
          className="results__list"
          aria-labelledby="results-heading"
          aria-busy={firstLoad}
        >
          {list.edges.map((edge) => (
            <OpportunityCard
              key={edge.node.id}
              edge={edge}
              selected={edge.node.id === selectedId}
              onSelect={onSelect}
            />
          ))}
        </ol>
      )}
      {list.status === 'success' && list.error !== undefined && (
        <ErrorMessage error={list.error} onRetry={list.loadMore} />
      )}
      {list.status === 'success' && list.hasNextPage && (
        <button
          type="button"
          className="button results__more"
          disabled={list.loadingMore}
          onClick={loadMore}
        >
          {t(list.loadingMore ? 'results.loadingMore' : 'results.loadMore')}
        </button>
      )}
      {list.status === 'success' &&
        list.search !== null &&
        list.totalCount > 0 && (
          <ExportLinks search={list.search} totalCount={list.totalCount} />
        )}
    </section>
  );
}
