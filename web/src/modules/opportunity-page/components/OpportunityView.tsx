import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { OpportunityFacts } from '@/modules/opportunities/components/OpportunityFacts';

import type { PageOpportunity } from '../opportunity-types';
import { EarnedBadge } from './EarnedBadge';
import { SharePage } from './SharePage';
import { TakePart } from './TakePart';
import { VenueSection } from './VenueSection';

function StatusNote({ opportunity }: { opportunity: PageOpportunity }) {
  const { t } = useTranslation();
  if (opportunity.status === 'PUBLISHED') return null;

  return (
    <p className="notice">
      {t(`opportunityPage.statusNote.${opportunity.status}`, {
        provider: opportunity.provider.name,
      })}
    </p>
  );
}

/**
 * Renders a loaded opportunity: heading, facts, taking part, the badge it
 * earns, where it is and how to share it. On wide screens the facts take
 * the left column and the rest stacks on the right.
 */
export function OpportunityView({
  opportunity,
}: {
  opportunity: PageOpportunity;
}) {
  const { t } = useTranslation();

  return (
    <main className="page opportunity-page">
      <header className="opportunity-page__header">
        <p className="opportunity-page__kind">
          {t('opportunityPage.kindAndMode', {
            kind: t(`kind.${opportunity.kind}`),
            mode: t(`mode.${opportunity.mode}`),
          })}
        </p>
        <h1>{opportunity.title}</h1>
        <p className="opportunity-page__provider">
          {t('opportunityPage.by', { provider: opportunity.provider.name })}
        </p>
        <StatusNote opportunity={opportunity} />
        {opportunity.viewerCanEdit && (
          <p>
            <Link to={`/opportunities/${opportunity.id}/edit`}>
              {t('opportunityPage.edit')}
            </Link>
          </p>
        )}
      </header>
      <div className="opportunity-page__layout">
        {opportunity.sessions.length > 0 && (
          <TakePart opportunityId={opportunity.id} />
        )}
        <section
          className="opportunity-page__details"
          aria-labelledby="opportunity-details"
        >
          <h2 id="opportunity-details">
            {t('opportunityPage.detailsHeading')}
          </h2>
          <OpportunityFacts opportunity={opportunity} />
        </section>
        {opportunity.achievement !== null && (
          <EarnedBadge
            achievement={opportunity.achievement}
            providerName={opportunity.provider.name}
          />
        )}
        <VenueSection opportunity={opportunity} />
        <SharePage opportunityId={opportunity.id} />
      </div>
      <p>
        <Link to="/">{t('opportunityPage.findMore')}</Link>
      </p>
    </main>
  );
}
