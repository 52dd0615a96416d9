import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { useQuery } from '@/lib/graphql/useQuery';

import { BadgeDesignsQuery } from '../../graphql/pathways';

interface BadgeDesignSearchProps {
  /** Ids of the designs already in the step, which show as added. */
  chosenIds: readonly string[];
  onAdd: (design: { id: string; name: string }) => void;
}

/**
 * Renders a search of badge designs by name with an "Add" button per
 * match. It sits inside the builder's form, so Enter searches instead of
 * submitting the form.
 */
export function BadgeDesignSearch({
  chosenIds,
  onAdd,
}: BadgeDesignSearchProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const result = useQuery(
    BadgeDesignsQuery,
    search === null ? null : { search },
  );
  const connection = result.data?.badgeDesigns;
  const nodes = connection?.edges.map((edge) => edge.node) ?? [];

  function runSearch() {
    setSearch(text.trim());
  }

  function searchOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    runSearch();
  }

  return (
    <div className="badge-design-search">
      <label htmlFor={`${baseId}-search`} className="field-label">
        {t('pathways.form.search.label')}
      </label>
      <p id={`${baseId}-hint`} className="hint">
        {t('pathways.form.search.hint')}
      </p>
      <div className="badge-design-search__bar">
        <input
          id={`${baseId}-search`}
          type="search"
          className="text-input"
          value={text}
          maxLength={100}
          aria-describedby={`${baseId}-hint`}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={searchOnEnter}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={runSearch}
        >
          {t('pathways.form.search.button')}
        </button>
      </div>
      <div aria-live="polite">
        {result.status === 'loading' && (
          <p className="hint">{t('pathways.form.search.loading')}</p>
        )}
        {result.status === 'success' && nodes.length === 0 && (
          <p>{t('pathways.form.search.empty', { search })}</p>
        )}
        {result.status === 'success' && connection!.pageInfo.hasNextPage && (
          <p className="hint">
            {t('pathways.form.search.more', {
              shown: nodes.length,
              total: connection!.totalCount,
            })}
          </p>
        )}
      </div>
      {result.status === 'error' && (
        <ErrorMessage
          error={result.error}
          summaryKey="pathways.form.search.failed"
          onRetry={result.retry}
        />
      )}
      {nodes.length > 0 && (
        <ul className="badge-design-search__results">
          {nodes.map((node) => {
            const added = chosenIds.includes(node.id);

            return (
              <li key={node.id}>
                <span>
                  {node.name}{' '}
                  <span className="hint">
                    {t('pathways.form.search.by', {
                      name: node.organisation.name,
                    })}
                  </span>
                </span>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={added}
                  onClick={() => onAdd({ id: node.id, name: node.name })}
                >
                  {added
                    ? t('pathways.form.search.added')
                    : t('pathways.form.search.add')}
                  <span className="visually-hidden"> {node.name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
