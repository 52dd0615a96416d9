import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { IssuedBadgeFieldsFragment } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';

import { actionsFor, type StatusAction } from '../status-actions';

/** Names the recipient by account name and address, as far as known. */
export function recipientLabel(
  credential: Pick<
    IssuedBadgeFieldsFragment,
    'recipientName' | 'recipientEmail'
  >,
  hidden: string,
): string {
  const { recipientName: name, recipientEmail: email } = credential;
  if (name && email) return `${name} (${email})`;

  return name || email || hidden;
}

interface IssuedBadgeRowProps {
  credential: IssuedBadgeFieldsFragment;
  canChange: boolean;
  onAction: (action: StatusAction) => void;
}

/** Renders one issued badge: recipient, badge, date, status and changes. */
export function IssuedBadgeRow({
  credential,
  canChange,
  onAction,
}: IssuedBadgeRowProps) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const headingId = useId();
  const recipient = recipientLabel(
    credential,
    t('issuedBadges.row.recipientHidden'),
  );
  const status = credential.status.toLowerCase();
  const actions = canChange ? actionsFor(credential.status) : [];
  const issuedOn = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
  }).format(new Date(credential.issuedAt));

  return (
    <li className="issued-badge" aria-labelledby={headingId}>
      <p id={headingId} className="issued-badge__recipient">
        {recipient}
      </p>
      <p>
        {t('issuedBadges.row.badge', { name: credential.achievement.name })}
      </p>
      <p>{t('issuedBadges.row.issued', { date: issuedOn })}</p>
      <p>
        <span className="status-badge">
          {t(`issuedBadges.status.${status}`)}
        </span>
        {credential.statusReason && credential.status !== 'ACTIVE' && (
          <span className="issued-badge__reason">
            {t('issuedBadges.row.reason', { reason: credential.statusReason })}
          </span>
        )}
      </p>
      <div className="issued-badge__actions">
        <Link
          to={`/badges/${credential.id}`}
          aria-label={t('issuedBadges.row.viewLabel', { recipient })}
        >
          {t('issuedBadges.row.view')}
        </Link>
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className="button button--secondary"
            aria-label={t(`issuedBadges.actions.${action}Label`, {
              recipient,
            })}
            onClick={() => onAction(action)}
          >
            {t(`issuedBadges.actions.${action}`)}
          </button>
        ))}
      </div>
    </li>
  );
}
