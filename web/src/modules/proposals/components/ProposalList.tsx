import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ProposalSummaryFieldsFragment } from '@/gql/graphql';

interface ProposalListProps {
  proposals: readonly ProposalSummaryFieldsFragment[];
  /** True when more ideas match than the list shows. */
  more: boolean;
}

/** Lists the ideas on the map, as links, with their place and counts. */
export function ProposalList({ proposals, more }: ProposalListProps) {
  const { t } = useTranslation();
  if (proposals.length === 0) return <p>{t('proposals.ideas.empty')}</p>;

  return (
    <>
      <ul className="ideas-list">
        {proposals.map((proposal) => (
          <li key={proposal.id} className="ideas-list__item">
            <Link to={`/ideas/${proposal.id}`}>{proposal.title}</Link>
            <p className="ideas-list__meta">
              {t(`proposals.kind.${proposal.kind}`)}
              {' · '}
              {proposal.placeName ?? t('proposals.unnamedPlace')}
              {' · '}
              {t(`proposals.status.${proposal.status}`)}
              {' · '}
              {t('proposals.supportCount', { count: proposal.supportCount })}
              {' · '}
              {t('proposals.commentCount', { count: proposal.commentCount })}
            </p>
            {proposal.hidden && (
              <p className="ideas-list__hidden">{t('proposals.hiddenBadge')}</p>
            )}
          </li>
        ))}
      </ul>
      {more && <p>{t('proposals.ideas.more')}</p>}
    </>
  );
}
