import { useTranslation } from 'react-i18next';

import type { BadgeCredential } from '../badge-types';

const FORMATS = ['json', 'jwt', 'png', 'svg'] as const;

/** Links to the credential's files: JSON, VC-JWT, and baked PNG and SVG. */
export function BadgeDownloads({
  urls,
}: {
  urls: BadgeCredential['downloadUrls'];
}) {
  const { t } = useTranslation();

  return (
    <section aria-labelledby="badge-downloads">
      <h2 id="badge-downloads">{t('badgePage.downloads.heading')}</h2>
      <ul className="badge-page__links">
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={urls[format]} download>
              {t(`badgePage.downloads.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
