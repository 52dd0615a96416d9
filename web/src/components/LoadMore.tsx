import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';

interface LoadMoreProps {
  list: {
    edges: readonly unknown[];
    totalCount: number;
    hasNextPage: boolean;
    loadingMore: boolean;
    error: unknown;
    loadMore: () => void;
  };
}

/** Renders how many rows are shown and a "Load more" button for the next page. */
export function LoadMore({ list }: LoadMoreProps) {
  const { t } = useTranslation();

  return (
    <div className="load-more">
      <p role="status">
        {list.loadingMore
          ? t('pagedList.loadingMore')
          : t('pagedList.shown', {
              shown: list.edges.length,
              total: list.totalCount,
            })}
      </p>
      {list.error !== undefined && <ErrorMessage error={list.error} />}
      {list.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={list.loadingMore}
          onClick={list.loadMore}
        >
          {t('pagedList.loadMore')}
        </button>
      )}
    </div>
  );
}
