import { useTranslation } from 'react-i18next';

import type { OpportunityFactsFieldsFragment } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';

import { formatSessionRange } from '../format';
import { AccessibilityFacts } from './AccessibilityFacts';
import { CostText } from './CostText';
import { Markdown } from './Markdown';
import { SdgChips } from './SdgChips';

export type OpportunityDetails = OpportunityFactsFieldsFragment;

function AgeRange({ min, max }: { min?: number | null; max?: number | null }) {
  const { t } = useTranslation();
  const hasMin = min !== null && min !== undefined;
  const hasMax = max !== null && max !== undefined;
  if (hasMin && hasMax) return <>{t('detail.ageRange', { min, max })}</>;
  if (hasMin) return <>{t('detail.ageFrom', { min })}</>;
  if (hasMax) return <>{t('detail.ageUpTo', { max })}</>;

  return <>{t('detail.allAges')}</>;
}

/**
 * Renders an opportunity's facts: where, cost, ages, accessibility, when,
 * goals, skills and description.
 */
export function OpportunityFacts({
  opportunity,
}: {
  opportunity: OpportunityDetails;
}) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const skills = [...opportunity.skills].sort(
    (a, b) => a.position - b.position,
  );

  return (
    <>
      <dl className="facts">
        <dt>{t('detail.provider')}</dt>
        <dd>
          {opportunity.provider.name}
          {opportunity.provider.website && (
            <>
              {' · '}
              <a
                href={opportunity.provider.website}
                rel="noopener noreferrer"
                target="_blank"
              >
                {t('detail.website')}
              </a>
            </>
          )}
        </dd>
        <dt>{t('detail.venue')}</dt>
        <dd>
          {opportunity.mode === 'ONLINE'
            ? t('detail.online')
            : (opportunity.venueName ??
              opportunity.place?.name ??
              t(`mode.${opportunity.mode}`))}
        </dd>
        {opportunity.venueAddress && (
          <>
            <dt>{t('detail.address')}</dt>
            <dd>{opportunity.venueAddress}</dd>
          </>
        )}
        <dt>{t('detail.cost')}</dt>
        <dd>
          <CostText cost={opportunity.cost} />
        </dd>
        <dt>{t('detail.ages')}</dt>
        <dd>
          <AgeRange min={opportunity.minAge} max={opportunity.maxAge} />
        </dd>
        {opportunity.capacity !== null &&
          opportunity.capacity !== undefined && (
            <>
              <dt>{t('detail.capacity')}</dt>
              <dd>{opportunity.capacity}</dd>
            </>
          )}
      </dl>

      <AccessibilityFacts
        support={opportunity.accessibilitySupport}
        information={opportunity.accessibilityInformation}
      />

      <h3>{t('detail.sessions')}</h3>
      {opportunity.sessions.length === 0 ? (
        <p>{t('detail.noSessions')}</p>
      ) : (
        <ul className="sessions">
          {opportunity.sessions.map((session) => (
            <li key={session.id}>
              <time dateTime={session.startsAt}>
                {formatSessionRange(
                  session.startsAt,
                  session.endsAt,
                  session.timeZone,
                  locale,
                )}
              </time>
            </li>
          ))}
        </ul>
      )}

      <h3>{t('detail.sdgs')}</h3>
      <SdgChips sdgs={opportunity.sdgs} withTitles />

      {skills.length > 0 && (
        <>
          <h3>{t('detail.skills')}</h3>
          <ul className="skills">
            {skills.map((skill) => (
              <li key={skill.id}>
                {t(`skill.${skill.id}`, { defaultValue: skill.name })}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('detail.description')}</h3>
      <p className="detail__summary">{opportunity.summary}</p>
      <Markdown source={opportunity.description} />
    </>
  );
}
