import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { RequestErrorText } from '@/components/RequestErrorText';
import type { MyBadgeFieldsFragment } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { useMutation } from '@/lib/graphql/useMutation';

import { ShareCredentialMutation } from '../graphql/badges';

/** Returns the key of the badge's state; revoked and suspended come before expired. */
export function badgeStateKey(badge: MyBadgeFieldsFragment): string {
  if (badge.status !== 'ACTIVE') return `myBadges.status.${badge.status}`;

  return badge.expired ? 'myBadges.status.EXPIRED' : 'myBadges.status.ACTIVE';
}

/**
 * Renders one of the learner's badges: image, name, issuer, date and state,
 * a switch that makes its page public, and a link to that page.
 */
export function BadgeItem({ badge }: { badge: MyBadgeFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const share = useMutation(ShareCredentialMutation);
  const [shared, setShared] = useState(badge.shared);
  const headingId = useId();
  const errorId = useId();
  const issued = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(
    new Date(badge.issuedAt),
  );

  async function toggle() {
    try {
      const result = await share.mutate({
        input: { credentialId: badge.id, shared: !shared },
      });
      setShared(result.shareCredential.shared);
    } catch {
      // The error shows next to the switch.
    }
  }

  return (
    <li className="badge-item" aria-labelledby={headingId}>
      <img
        className="badge-item__image"
        src={badge.achievement.imageUrl}
        alt=""
        width={72}
        height={72}
      />
      <div className="badge-item__body">
        <h2 id={headingId} className="badge-item__name">
          {badge.achievement.name}
        </h2>
        <p>{t('myBadges.issuer', { name: badge.issuer.name })}</p>
        <p>
          <time dateTime={badge.issuedAt}>
            {t('myBadges.issuedOn', { date: issued })}
          </time>
          {' · '}
          <span className="badge-item__state">{t(badgeStateKey(badge))}</span>
        </p>
        <label className="badge-item__share">
          <input
            type="checkbox"
            role="switch"
            checked={shared}
            disabled={share.state.status === 'pending'}
            aria-describedby={
              share.state.status === 'error' ? errorId : undefined
            }
            onChange={() => void toggle()}
          />
          {t('myBadges.share', { name: badge.achievement.name })}
        </label>
        {share.state.status === 'error' && (
          <RequestErrorText id={errorId} error={share.state.error} />
        )}
        <p>
          <Link to={`/badges/${badge.id}`}>
            {t('myBadges.open', {
              name: badge.achievement.name,
              date: issued,
            })}
          </Link>
        </p>
      </div>
    </li>
  );
}
