import '../employer-needs.css';

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { isNotFound } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/useQuery';
import { useViewer } from '@/modules/accounts';
import { signInPath } from '@/modules/accounts/next-path';
import { Markdown } from '@/modules/opportunities/components/Markdown';

import { SkillNeedQuery } from '../graphql/needs';
import { useNeedFormats } from '../hooks/useNeedFormats';
import type { StoredNeed } from '../need-form-model';
import { isApplyUrl, isWebUrl } from '../need-validation';
import { dashboardPath, savedTitle } from '../paths';
import { ContactConsent } from './ContactConsent';
import { MyNeedMatch } from './MyNeedMatch';
import { NeedAreaMap } from './NeedAreaMap';
import { NeedContacts } from './NeedContacts';
import { NeedMatches } from './NeedMatches';
import { NeedStatusButton, statusKey } from './NeedStatusButton';
import { SkillNames } from './SkillList';

function NeedFacts({ need }: { need: StoredNeed }) {
  const { t } = useTranslation();
  const formats = useNeedFormats();

  return (
    <dl className="need-facts">
      <dt>{t('employerNeeds.facts.employer')}</dt>
      <dd>{need.employer.name}</dd>
      <dt>{t('employerNeeds.facts.skills')}</dt>
      <dd>
        <SkillNames skills={need.skills} />
      </dd>
      <dt>{t('employerNeeds.facts.openings')}</dt>
      <dd>{need.openings}</dd>
      <dt>{t('employerNeeds.facts.closesOn')}</dt>
      <dd>{formats.date(need.closesOn)}</dd>
      <dt>{t('employerNeeds.facts.status')}</dt>
      <dd>{t(statusKey(need))}</dd>
    </dl>
  );
}

function ApplyLink({ need }: { need: StoredNeed }) {
  const { t } = useTranslation();
  // Only https and mailto links are followed, whatever the API stored.
  if (!need.isOpen || !isApplyUrl(need.applyUrl)) return null;
  const byEmail = need.applyUrl.toLowerCase().startsWith('mailto:');

  return (
    <p>
      <a
        className="button"
        href={need.applyUrl}
        rel="noopener noreferrer"
        target={byEmail ? undefined : '_blank'}
      >
        {t(byEmail ? 'employerNeeds.applyByEmail' : 'employerNeeds.apply')}
        {!byEmail && (
          <span className="visually-hidden">
            {' '}
            {t('employerNeeds.newWindow')}
          </span>
        )}
      </a>
    </p>
  );
}

function NeedArea({ need }: { need: StoredNeed }) {
  const { t } = useTranslation();
  const formats = useNeedFormats();

  return (
    <section aria-labelledby="need-area-heading" className="need-section">
      <h2 id="need-area-heading">{t('employerNeeds.area.title')}</h2>
      <p>
        {need.placeName === null || need.placeName === undefined
          ? t('employerNeeds.area.point', {
              radius: formats.km(need.radiusKm),
              latitude: need.location.latitude.toFixed(3),
              longitude: need.location.longitude.toFixed(3),
            })
          : t('employerNeeds.area.place', {
              radius: formats.km(need.radiusKm),
              place: need.placeName,
            })}
      </p>
      <div
        className="need-area__map"
        role="region"
        aria-label={t('employerNeeds.area.mapLabel')}
      >
        <NeedAreaMap
          point={need.location}
          radiusKm={need.radiusKm}
          markerLabel={need.title}
          className="need-area__canvas"
        />
      </div>
    </section>
  );
}

function LearnerPanel({ need }: { need: StoredNeed }) {
  const { t } = useTranslation();

  return (
    <section aria-labelledby="need-you-heading" className="need-section">
      <h2 id="need-you-heading">{t('employerNeeds.myMatch.heading')}</h2>
      {need.myMatch !== null && need.myMatch !== undefined && (
        <MyNeedMatch match={need.myMatch} />
      )}
      <ContactConsent employer={need.employer} />
    </section>
  );
}

function SignInPrompt() {
  const { t } = useTranslation();
  const location = useLocation();

  return (
    <p className="notice">
      <Link to={signInPath(location.pathname)}>
        {t('employerNeeds.signIn')}
      </Link>{' '}
      {t('employerNeeds.signInWhy')}
    </p>
  );
}

/**
 * Renders one skill need at `/needs/:needId`. Anyone sees an open need.
 * Members of the employer also see the matching learning and the learners
 * who may be contacted, and a signed-in learner sees how their badges fit.
 */
export function NeedPage() {
  const { t } = useTranslation();
  const { needId = '' } = useParams();
  const location = useLocation();
  const { viewer, status: viewerStatus } = useViewer();
  const result = useQuery(SkillNeedQuery, { id: needId });
  const need = result.data?.skillNeed;
  usePageTitle(need?.title ?? t('employerNeeds.detail.title'));
  const saved = savedTitle(location.state);
  const savedStatus = useRef<HTMLParagraphElement>(null);
  const loaded = need !== undefined;
  useEffect(() => {
    // After saving, focus moves from the form that is gone to the status
    // that says the need was saved, which is then read out.
    if (saved !== null && loaded) savedStatus.current?.focus();
  }, [saved, loaded]);

  if (isNotFound(result.error)) {
    return (
      <main className="page">
        <h1>{t('employerNeeds.detail.notFound')}</h1>
        <Link to="/">{t('employerNeeds.detail.toMap')}</Link>
      </main>
    );
  }
  if (result.status === 'error') {
    return (
      <main className="page">
        <ErrorMessage
          error={result.error}
          summaryKey="employerNeeds.detail.loadFailed"
          onRetry={result.retry}
        />
      </main>
    );
  }
  if (need === undefined) {
    return (
      <main className="page">
        <p role="status">{t('employerNeeds.loading')}</p>
      </main>
    );
  }

  const role = need.employer.viewerRole ?? null;
  const isMember = role !== null || viewer?.isAdmin === true;
  const canEdit =
    viewer?.isAdmin === true || role === 'OWNER' || role === 'EDITOR';

  return (
    <main className="page need-page">
      {isMember && (
        <p>
          <Link to={dashboardPath(need.employer.id)}>
            {t('employerNeeds.detail.toDashboard', {
              name: need.employer.name,
            })}
          </Link>
        </p>
      )}
      <p ref={savedStatus} role="status" tabIndex={-1}>
        {saved === null ? '' : t('employerNeeds.saved', { title: saved })}
      </p>
      <h1>{need.title}</h1>
      {!need.isOpen && (
        <p className="notice">{t('employerNeeds.detail.notOpen')}</p>
      )}
      <NeedFacts need={need} />
      {canEdit && (
        <div className="need-list__actions">
          <Link
            to={`/needs/${need.id}/edit`}
            className="button button--secondary"
          >
            {t('employerNeeds.edit')}
          </Link>
          <NeedStatusButton need={need} onChanged={result.retry} />
        </div>
      )}
      <ApplyLink need={need} />
      {need.description.trim() !== '' && <Markdown source={need.description} />}
      {need.escoSkillUris.length > 0 && (
        <>
          <h2>{t('employerNeeds.detail.esco')}</h2>
          <ul className="need-esco">
            {need.escoSkillUris.map((uri) => (
              <li key={uri}>
                {isWebUrl(uri) ? (
                  <a href={uri} rel="noopener noreferrer">
                    {uri}
                  </a>
                ) : (
                  uri
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <NeedArea need={need} />
      {isMember && <NeedMatches needId={need.id} />}
      {isMember && <NeedContacts needId={need.id} />}
      {!isMember && viewer !== null && <LearnerPanel need={need} />}
      {viewerStatus === 'signed-out' && <SignInPrompt />}
    </main>
  );
}
