import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { ImportedBadgeFieldsFragment } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';

function formatDate(
  value: string | null,
  locale: string,
  withTime = false,
): string | null {
  if (value === null) return null;

  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: withTime ? 'short' : undefined,
  }).format(new Date(value));
}

/** Returns true for an http(s) URL, the only kind shown as a link. */
function isWebUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

type Fact = [term: string, value: string | null];

function summaryFacts(
  t: TFunction,
  badge: ImportedBadgeFieldsFragment,
  locale: string,
): Fact[] {
  return [
    [
      t('badgeImports.facts.issuerName'),
      badge.issuerName ?? t('badgeImports.facts.unknownIssuer'),
    ],
    [t('badgeImports.facts.issuerId'), badge.issuerUri],
    [t('badgeImports.facts.issuedAt'), formatDate(badge.issuedAt, locale)],
    [t('badgeImports.facts.expiresAt'), formatDate(badge.expiresAt, locale)],
    [
      t('badgeImports.facts.verifiedAt'),
      formatDate(badge.verifiedAt, locale, true),
    ],
  ];
}

function originFacts(
  t: TFunction,
  badge: ImportedBadgeFieldsFragment,
  locale: string,
): Fact[] {
  return [
    [t('badgeImports.facts.importedAt'), formatDate(badge.importedAt, locale)],
    [
      t('badgeImports.facts.source'),
      t(`badgeImports.facts.sources.${badge.source}`),
    ],
    [
      t('badgeImports.facts.specVersion'),
      badge.specVersion === null
        ? null
        : t(`badgeImports.facts.specVersions.${badge.specVersion}`),
    ],
    [t('badgeImports.facts.credentialId'), badge.credentialUri],
  ];
}

/**
 * Lists what is known of an imported badge: the issuer's name and id and
 * the dates, and with `detailed` also where it came from and its
 * credential id. A note explains that the name is the badge's own claim and
 * the id is who signed it, so a self-issued badge shows for what it is.
 */
export function ImportedBadgeFacts({
  badge,
  detailed = false,
}: {
  badge: ImportedBadgeFieldsFragment;
  detailed?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const facts = detailed
    ? [...summaryFacts(t, badge, locale), ...originFacts(t, badge, locale)]
    : summaryFacts(t, badge, locale);

  return (
    <>
      <dl className="verification__facts">
        {facts
          .filter(([, value]) => value !== null)
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        {detailed && badge.sourceUrl !== null && (
          <div>
            <dt>{t('badgeImports.facts.sourceUrl')}</dt>
            <dd>
              {isWebUrl(badge.sourceUrl) ? (
                <a href={badge.sourceUrl} rel="noopener noreferrer">
                  {badge.sourceUrl}
                </a>
              ) : (
                badge.sourceUrl
              )}
            </dd>
          </div>
        )}
      </dl>
      <p className="hint">{t('badgeImports.facts.issuerNote')}</p>
    </>
  );
}
