import { useTranslation } from 'react-i18next';

import type { BadgeCredential } from '../badge-types';

type Evidence = BadgeCredential['evidence'][number];

function isImage(evidence: Evidence): boolean {
  return evidence.contentType?.startsWith('image/') ?? false;
}

function EvidenceItem({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const name = evidence.name ?? t('badgePage.evidenceFile');

  return (
    <li className="badge-evidence__item">
      {isImage(evidence) ? (
        <a href={evidence.url} className="badge-evidence__thumbnail">
          <img
            src={evidence.url}
            alt={t('badgePage.evidenceImageAlt', { name })}
            loading="lazy"
          />
        </a>
      ) : (
        <a href={evidence.url} rel="noopener noreferrer">
          {t('badgePage.evidenceLink', { name })}
        </a>
      )}
      {isImage(evidence) && evidence.name && (
        <p className="badge-evidence__name">{evidence.name}</p>
      )}
      {evidence.narrative && <p>{evidence.narrative}</p>}
    </li>
  );
}

/** The evidence the awarder attached: files, links and narratives. */
export function BadgeEvidence({
  evidence,
}: {
  evidence: BadgeCredential['evidence'];
}) {
  const { t } = useTranslation();
  if (evidence.length === 0) return null;

  return (
    <section aria-labelledby="badge-evidence">
      <h2 id="badge-evidence">{t('badgePage.evidence')}</h2>
      <ul className="badge-evidence">
        {evidence.map((item) => (
          <EvidenceItem key={item.id} evidence={item} />
        ))}
      </ul>
    </section>
  );
}
