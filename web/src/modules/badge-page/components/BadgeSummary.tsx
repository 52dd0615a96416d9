import { useTranslation } from 'react-i18next';

import { useFormatLocale } from '@/i18n/useFormatLocale';

import { displayStatus } from '../badge-status';
import type { BadgeCredential } from '../badge-types';

const STATUS_ICONS = {
  ACTIVE: '✓',
  SUSPENDED: '!',
  REVOKED: '✗',
  EXPIRED: '!',
} as const;

function useFormatDate() {
  const locale = useFormatLocale();

  return (value: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(
      new Date(value),
    );
}

/** Shows the badge's state in words and an icon, with the issuer's reason. */
function BadgeStatus({ credential }: { credential: BadgeCredential }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const status = displayStatus(credential);
  const changedAt = credential.statusChangedAt;

  return (
    <div className={`badge-status badge-status--${status.toLowerCase()}`}>
      <p className="badge-status__label">
        <span className="badge-status__icon" aria-hidden="true">
          {STATUS_ICONS[status]}
        </span>
        {t('badgePage.statusLabel', {
          status: t(`badgePage.status.${status}`),
        })}
      </p>
      <p>
        {t(`badgePage.statusExplained.${status}`, {
          date: credential.validUntil ? formatDate(credential.validUntil) : '',
        })}
        {status !== 'ACTIVE' && status !== 'EXPIRED' && changedAt && (
          <>
            {' '}
            {t('badgePage.statusChangedAt', { date: formatDate(changedAt) })}
          </>
        )}
      </p>
      {status !== 'ACTIVE' &&
        status !== 'EXPIRED' &&
        credential.statusReason && (
          <p>
            {t('badgePage.statusReason', { reason: credential.statusReason })}
          </p>
        )}
    </div>
  );
}

/** Renders the badge's image, name, issuer, dates and status. */
export function BadgeSummary({ credential }: { credential: BadgeCredential }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { achievement, issuer } = credential;
  const expiryTerm = credential.expired
    ? t('badgePage.expiredOn')
    : t('badgePage.expiresOn');

  return (
    <header className="badge-summary">
      <img
        className="badge-summary__image"
        src={achievement.imageUrl}
        alt={t('badgePage.imageAlt', { name: achievement.name })}
        width={160}
        height={160}
      />
      <div className="badge-summary__text">
        <h1 id="badge-name">{achievement.name}</h1>
        <BadgeStatus credential={credential} />
        <dl className="badge-summary__facts">
          <div>
            <dt>{t('badgePage.issuedBy')}</dt>
            <dd>
              {issuer.website ? (
                <a href={issuer.website} rel="noopener noreferrer">
                  {issuer.name}
                </a>
              ) : (
                issuer.name
              )}
            </dd>
          </div>
          {credential.recipientName && (
            <div>
              <dt>{t('badgePage.awardedTo')}</dt>
              <dd>{credential.recipientName}</dd>
            </div>
          )}
          <div>
            <dt>{t('badgePage.issuedOn')}</dt>
            <dd>
              <time dateTime={credential.issuedAt}>
                {formatDate(credential.issuedAt)}
              </time>
            </dd>
          </div>
          <div>
            <dt>
              {credential.validUntil ? expiryTerm : t('badgePage.validity')}
            </dt>
            <dd>
              {credential.validUntil ? (
                <time dateTime={credential.validUntil}>
                  {formatDate(credential.validUntil)}
                </time>
              ) : (
                t('badgePage.noExpiry')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('badgePage.badgeType')}</dt>
            <dd>{achievement.achievementType}</dd>
          </div>
          <div>
            <dt>{t('badgePage.issuerId')}</dt>
            <dd className="badge-summary__id">{issuer.issuerId}</dd>
          </div>
        </dl>
      </div>
    </header>
  );
}
