import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { RequestErrorText } from '@/components/RequestErrorText';
import type { BackpackItemFieldsFragment } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { useMutation } from '@/lib/graphql/useMutation';

import { ShareImportedBadgeMutation } from '../graphql/backpack';
import { ShareCredentialMutation } from '../graphql/badges';

/** Shares or hides an issued or imported badge; returns the new state. */
function useShareBadge(badge: BackpackItemFieldsFragment) {
  const shareIssued = useMutation(ShareCredentialMutation);
  const shareImported = useMutation(ShareImportedBadgeMutation);
  const state =
    badge.kind === 'ISSUED' ? shareIssued.state : shareImported.state;

  async function setShared(shared: boolean): Promise<boolean> {
    if (badge.kind === 'ISSUED') {
      const result = await shareIssued.mutate({
        input: { credentialId: badge.id, shared },
      });

      return result.shareCredential.shared;
    }
    const result = await shareImported.mutate({
      input: { id: badge.id, shared },
    });

    return result.shareImportedBadge.shared;
  }

  return { state, setShared };
}

/**
 * Renders one badge of the backpack: image, name, issuer, date, status in
 * words, and a switch that makes it public.
 */
export function BackpackItemCard({
  badge,
}: {
  badge: BackpackItemFieldsFragment;
}) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const share = useShareBadge(badge);
  const [shared, setShared] = useState(badge.shared);
  const headingId = useId();
  const errorId = useId();
  const name = badge.name ?? t('myBadges.unnamed');
  const issued = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(
    new Date(badge.issuedAt),
  );

  async function toggle() {
    try {
      setShared(await share.setShared(!shared));
    } catch {
      // The error shows next to the switch.
    }
  }

  return (
    <li className="badge-item" aria-labelledby={headingId}>
      {badge.imageUrl === null ? (
        <span
          className="badge-item__image badge-item__image--none"
          aria-hidden="true"
        />
      ) : (
        <img
          className="badge-item__image"
          src={badge.imageUrl}
          alt=""
          width={72}
          height={72}
        />
      )}
      <div className="badge-item__body">
        <h2 id={headingId} className="badge-item__name">
          {name}
        </h2>
        <p>
          {t('myBadges.issuer', {
            name: badge.issuerName ?? t('myBadges.unknownIssuer'),
          })}
        </p>
        <p>
          <time dateTime={badge.issuedAt}>
            {t('myBadges.issuedOn', { date: issued })}
          </time>
          {' · '}
          <span
            className={`badge-item__state badge-item__state--${badge.status.toLowerCase()}`}
          >
            {t(`myBadges.backpackStatus.${badge.status}`)}
          </span>
          {badge.kind === 'IMPORTED' && (
            <>
              {' '}
              {' · '}
              {t('myBadges.imported')}
            </>
          )}
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
          {t('myBadges.share', { name })}
        </label>
        {share.state.status === 'error' && (
          <RequestErrorText id={errorId} error={share.state.error} />
        )}
        {badge.kind === 'ISSUED' && (
          <p>
            <Link to={`/badges/${badge.id}`}>
              {t('myBadges.open', { name, date: issued })}
            </Link>
          </p>
        )}
      </div>
    </li>
  );
}
