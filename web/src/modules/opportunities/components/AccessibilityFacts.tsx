import { useTranslation } from 'react-i18next';

import type { AccessibilitySupport } from '@/gql/graphql';

import { sortAccessibilityGroups } from '../accessibility';

interface AccessibilityFactsProps {
  support: readonly AccessibilitySupport[];
  information: string | null;
}

/**
 * Renders the access needs an opportunity caters for and the provider's
 * notes on access. Without either, it states that none were given, so that
 * a reader knows to ask instead of assuming.
 */
export function AccessibilityFacts({
  support,
  information,
}: AccessibilityFactsProps) {
  const { t } = useTranslation();
  const text = information?.trim() ?? '';

  return (
    <>
      <h3>{t('opportunityPage.accessibility.heading')}</h3>
      {support.length === 0 && text === '' && (
        <p>{t('opportunityPage.accessibility.none')}</p>
      )}
      {support.length > 0 && (
        <>
          <p className="access__label">
            {t('opportunityPage.accessibility.support')}
          </p>
          <ul className="access__groups">
            {sortAccessibilityGroups(support).map((group) => (
              <li key={group}>
                {t(`opportunityPage.accessibility.groups.${group}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      {text !== '' && (
        <>
          <p className="access__label">
            {t('opportunityPage.accessibility.information')}
          </p>
          <p className="access__information">{text}</p>
        </>
      )}
    </>
  );
}
