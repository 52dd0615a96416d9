import { useTranslation } from 'react-i18next';

import type { ModerationItemFieldsFragment } from '@/gql/graphql';

interface ModerationListProps {
  items: readonly ModerationItemFieldsFragment[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Renders the accessible twin of the queue's map: one button per listing. */
export function ModerationList({
  items,
  selectedId,
  onSelect,
}: ModerationListProps) {
  const { t } = useTranslation();

  return (
    <ol className="moderation-list" aria-label={t('moderation.listLabel')}>
      {items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className="moderation-list__item"
            aria-pressed={item.id === selectedId}
            data-opportunity-id={item.id}
            onClick={() => onSelect(item.id)}
          >
            <span className="moderation-list__title">{item.title}</span>
            <span className="moderation-list__meta">
              {t('moderation.byProvider', { name: item.provider.name })}
              {item.location === null || item.location === undefined
                ? ` · ${t('moderation.noLocation')}`
                : ''}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
