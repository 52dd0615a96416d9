import '../issued-badges.css';

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { OrganisationRole } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useQuery } from '@/lib/graphql/useQuery';
import { useViewer } from '@/modules/accounts/hooks/useViewer';

import { IssuedBadgesContextQuery } from '../graphql/issued-badges';
import { useStatusChange } from '../hooks/useStatusChange';
import { canChangeStatus } from '../status-actions';
import { BadgeFilter } from './BadgeFilter';
import { recipientLabel } from './IssuedBadgeRow';
import { IssuedBadgesList } from './IssuedBadgesList';
import { StatusChangeDialog } from './StatusChangeDialog';

/**
 * Lists the badges an organisation issued, optionally of one badge design,
 * for its members. Owners and awarders suspend, reinstate and revoke them
 * with a reason.
 */
export function IssuedBadgesPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const achievementId = searchParams.get('achievement') ?? '';
  const { viewer } = useViewer();
  const context = useQuery(IssuedBadgesContextQuery, { organisationId });
  const change = useStatusChange();
  const announcement = useRef<HTMLParagraphElement>(null);
  const organisation = context.data?.organisation ?? null;
  // Admins pass every check on the API, so they get an owner's controls.
  const role: OrganisationRole | null =
    organisation?.viewerRole ?? (viewer?.isAdmin === true ? 'OWNER' : null);
  usePageTitle(t('issuedBadges.title'));

  useEffect(
    function focusAnnouncementAfterChange() {
      if (change.done !== null) announcement.current?.focus();
    },
    [change.done],
  );

  function choose(next: string) {
    setSearchParams(next === '' ? {} : { achievement: next }, {
      replace: true,
    });
  }

  return (
    <main className="page issued-badges-page">
      <h1>{t('issuedBadges.title')}</h1>
      {organisation !== null && (
        <p>
          <Link to={`/organisations/${organisation.id}?tab=badges`}>
            {t('issuedBadges.back', { name: organisation.name })}
          </Link>
        </p>
      )}
      {context.status === 'error' && (
        <ErrorMessage
          error={context.error}
          summaryKey="issuedBadges.loadFailed"
          onRetry={context.retry}
        />
      )}
      <BadgeFilter
        designs={context.data?.organisationAchievements.edges ?? []}
        value={achievementId}
        onChange={choose}
      />
      <p ref={announcement} role="status" tabIndex={-1}>
        {change.done !== null &&
          t(`issuedBadges.done.${change.done.action}`, {
            badge: change.done.credential.achievement.name,
            recipient: recipientLabel(
              change.done.credential,
              t('issuedBadges.row.recipientHidden'),
            ),
          })}
      </p>
      {context.status === 'success' && organisation === null ? (
        <p>{t('issuedBadges.notFound')}</p>
      ) : (
        <IssuedBadgesList
          organisationId={organisationId}
          achievementId={achievementId}
          canChange={canChangeStatus(role)}
          changed={change.changed}
          onAction={(credential, action) =>
            change.start({ credential, action })
          }
        />
      )}
      {change.open !== null && (
        <StatusChangeDialog
          action={change.open.action}
          badgeName={change.open.credential.achievement.name}
          recipient={recipientLabel(
            change.open.credential,
            t('issuedBadges.row.recipientHidden'),
          )}
          busy={change.busy}
          error={change.error}
          onConfirm={(reason) => void change.confirm(reason)}
          onClose={change.close}
        />
      )}
    </main>
  );
}
