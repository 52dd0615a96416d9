import '../badges.css';

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useMutation } from '@/lib/graphql/useMutation';
import { UnverifiedEmailLink } from '@/modules/accounts/components/UnverifiedEmailLink';

import { RedeemClaimCodeMutation } from '../graphql/badges';

/**
 * Claims a badge with the code from a QR code or a link. The learner
 * confirms with a button, so that opening the link alone claims nothing.
 * Claiming the same code again shows the badge from the first time.
 */
export function ClaimPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const redeem = useMutation(RedeemClaimCodeMutation);
  const result = useRef<HTMLHeadingElement>(null);
  usePageTitle(t('claim.title'));
  const badge =
    redeem.state.status === 'success'
      ? redeem.state.data.redeemClaimCode
      : null;

  useEffect(
    function focusResult() {
      if (badge !== null) result.current?.focus();
    },
    [badge],
  );

  if (badge !== null) {
    return (
      <main className="page claim-page">
        <h1 ref={result} tabIndex={-1}>
          {t('claim.claimed', { name: badge.achievement.name })}
        </h1>
        <img
          className="claim-page__image"
          src={badge.achievement.imageUrl}
          alt=""
          width={160}
          height={160}
        />
        <p>{t('claim.issuer', { name: badge.issuer.name })}</p>
        <p>
          <Link to={`/badges/${badge.id}`}>{t('claim.viewBadge')}</Link>
        </p>
        <p>
          <Link to="/my/badges">{t('claim.myBadges')}</Link>
        </p>
      </main>
    );
  }

  return (
    <main className="page claim-page">
      <h1>{t('claim.title')}</h1>
      <p>{t('claim.intro')}</p>
      <p className="claim-page__code">{code}</p>
      <button
        type="button"
        className="button"
        disabled={redeem.state.status === 'pending'}
        onClick={() => void redeem.mutate({ input: { code } }).catch(() => {})}
      >
        {redeem.state.status === 'pending'
          ? t('claim.claiming')
          : t('claim.claim')}
      </button>
      {redeem.state.status === 'error' && (
        <ErrorMessage error={redeem.state.error} summaryKey="claim.failed">
          <UnverifiedEmailLink error={redeem.state.error} />
        </ErrorMessage>
      )}
    </main>
  );
}
