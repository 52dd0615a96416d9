import { useTranslation } from 'react-i18next';

import { useFormatLocale } from '@/i18n/useFormatLocale';

import type { BadgeCredential } from '../badge-types';

/** Active endorsements of the badge, each with its endorser and comment. */
export function BadgeEndorsements({
  endorsements,
}: {
  endorsements: BadgeCredential['endorsements'];
}) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const active = endorsements.filter(
    (endorsement) => endorsement.status === 'ACTIVE',
  );
  if (active.length === 0) return null;

  return (
    <section aria-labelledby="badge-endorsements">
      <h2 id="badge-endorsements">{t('badgePage.endorsements')}</h2>
      <ul className="badge-endorsements">
        {active.map((endorsement) => (
          <li key={endorsement.id}>
            <blockquote>{endorsement.comment}</blockquote>
            <p>
              {t('badgePage.endorsedBy', {
                name: endorsement.endorser.name,
                date: new Intl.DateTimeFormat(locale, {
                  dateStyle: 'long',
                }).format(new Date(endorsement.issuedAt)),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
