import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormatLocale } from '@/i18n/useFormatLocale';

import { formatDistance, formatSessionTime } from '../format';
import type { OpportunityEdge } from '../hooks/useOpportunityList';
import { CostText } from './CostText';
import { SdgChips } from './SdgChips';

interface OpportunityCardProps {
  edge: OpportunityEdge;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** Renders one list entry as a button that opens the details. */
export function OpportunityCard({
  edge,
  selected,
  onSelect,
}: OpportunityCardProps) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const { node, distanceKm } = edge;
  const session = node.nextSession;
  const id = useId();

  return (
    <li className={selected ? 'card card--selected' : 'card'}>
      <button
        type="button"
        className="card__button"
        aria-current={selected ? 'true' : undefined}
        aria-haspopup="dialog"
        data-opportunity-id={node.id}
        // The title names the button; the other lines describe it, so a
        // screen reader announces a short name first.
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-top ${id}-provider ${id}-meta ${id}-cost`}
        onClick={() => onSelect(node.id)}
      >
        <span id={`${id}-top`} className="card__top">
          <span className="card__kind">{t(`kind.${node.kind}`)}</span>
          {distanceKm !== null && distanceKm !== undefined && (
            <span className="card__distance">
              {formatDistance(distanceKm, locale)}
            </span>
          )}
        </span>
        <span id={`${id}-title`} className="card__title">
          {node.title}
        </span>
        <span id={`${id}-provider`} className="card__provider">
          {t('opportunity.provider', { name: node.provider.name })}
        </span>
        <span id={`${id}-meta`} className="card__meta">
          {session
            ? t('opportunity.nextSession', {
                date: formatSessionTime(
                  session.startsAt,
                  session.timeZone,
                  locale,
                ),
              })
            : t('opportunity.noUpcomingSession')}
        </span>
        <span id={`${id}-cost`} className="card__cost">
          <CostText cost={node.cost} />
        </span>
      </button>
      <SdgChips sdgs={node.sdgs} />
    </li>
  );
}
