import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { PageOpportunity } from '../opportunity-types';

interface EarnedBadgeProps {
  achievement: NonNullable<PageOpportunity['achievement']>;
  providerName: string;
}

/** Renders the Open Badge that taking part earns. */
export function EarnedBadge({ achievement, providerName }: EarnedBadgeProps) {
  const { t } = useTranslation();
  const headingId = useId();

  return (
    <section className="opportunity-page__badge" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('opportunityPage.badge.heading')}</h2>
      <div className="earned-badge">
        <img
          className="earned-badge__image"
          src={achievement.imageUrl}
          alt={t('opportunityPage.badge.imageAlt', { name: achievement.name })}
          width={96}
          height={96}
        />
        <div className="earned-badge__text">
          <p className="earned-badge__name">{achievement.name}</p>
          <p>{t('opportunityPage.badge.intro', { provider: providerName })}</p>
          <p>{achievement.description}</p>
        </div>
      </div>
    </section>
  );
}
