import '../registrations.css';

import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { ViewerRegistrationFieldsFragment } from '@/gql/graphql';
import { useQuery } from '@/lib/graphql/useQuery';
import { useViewer } from '@/modules/accounts';
import { signInPath } from '@/modules/accounts/next-path';

import { SessionPlacesQuery } from '../graphql/registrations';
import { registrationSummary } from '../registration-text';
import { SessionRegisterItem } from './SessionRegisterItem';

/** Path and query of the page now, so that signing in comes back to it. */
function currentPageUrl(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/** Keeps sessions that have not started, because registration closes then. */
function startsLater(session: { startsAt: string }, now: number): boolean {
  return Date.parse(session.startsAt) > now;
}

/**
 * Renders each upcoming session of an opportunity with its places left and
 * the viewer's registration, and lets a signed-in viewer register, join the
 * waiting list or withdraw. Results are announced in a status region.
 */
export function RegisterSection({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const signedIn = viewer.status === 'signed-in';
  const places = useQuery(
    SessionPlacesQuery,
    viewer.status === 'loading' ? null : { opportunityId, signedIn },
  );
  const [now] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');
  // Registrations the viewer changed here, by session id, which stand until
  // the refetch brings the same value from the API.
  const [changed, setChanged] = useState<
    Record<string, ViewerRegistrationFieldsFragment | null>
  >({});
  const headingId = useId();
  const { retry } = places;

  const handleChange = useCallback(
    (sessionId: string, registration: ViewerRegistrationFieldsFragment) => {
      setChanged((previous) => ({ ...previous, [sessionId]: registration }));
      setAnnouncement(registrationSummary(t, registration));
      retry();
    },
    [t, retry],
  );

  const sessions =
    places.data?.opportunity?.sessions.filter((session) =>
      startsLater(session, now),
    ) ?? [];
  if (places.status === 'success' && sessions.length === 0) return null;

  return (
    <section className="register" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('register.heading')}</h3>
      {viewer.status === 'signed-out' && (
        <p>
          <a href={signInPath(currentPageUrl())}>{t('register.signIn')}</a>
        </p>
      )}
      {places.status === 'error' && (
        <ErrorMessage
          error={places.error}
          summaryKey="register.loadFailed"
          onRetry={retry}
        />
      )}
      {places.data === undefined && places.status !== 'error' && (
        <p>{t('register.loading')}</p>
      )}
      {sessions.length > 0 && (
        <ul className="register__sessions">
          {sessions.map((session) => (
            <SessionRegisterItem
              key={session.id}
              session={session}
              registration={
                session.id in changed
                  ? (changed[session.id] ?? null)
                  : (session.viewerRegistration ?? null)
              }
              signedIn={signedIn}
              onChange={handleChange}
              onFailure={retry}
            />
          ))}
        </ul>
      )}
      <p role="status" className="register__status">
        {announcement}
      </p>
    </section>
  );
}
