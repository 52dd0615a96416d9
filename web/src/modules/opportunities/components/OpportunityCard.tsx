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

  return (
    <li className={selected ? 'card card--selected' : 'card'}>
      <button
        type="button"
        className="card__button"
        aria-current={selected ? 'true' : undefined}
        aria-haspopup="dialog"
        onClick={() => onSelect(node.id)}
      >
        <span className="card__top">
          <span className="card__kind">{t(`kind.${node.kind}`)}</span>
          {distanceKm !== null && distanceKm !== undefined && (
            <span className="card__distance">
              {formatDistance(distanceKm, locale)}
            </span>
          )}
        </span>
        <span className="card__title">{node.title}</span>
        <span className="card__provider">
          {t('opportunity.provider', { name: node.provider.name })}
        </span>
        <span className="card__meta">
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
        <span className="card__cost">
          <CostText cost={node.cost} />
        </span>
      </button>
      <SdgChips sdgs={node.sdgs} />
    </li>
  );
}
