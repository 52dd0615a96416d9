import '../employer-needs.css';

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type { OrganisationSkillNeedsQuery } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';
import { useQuery } from '@/lib/graphql/useQuery';
import { useViewer } from '@/modules/accounts';

import {
  NeedOrganisationQuery,
  OrganisationSkillNeedsQuery as NeedsDocument,
} from '../graphql/needs';
import { useNeedFormats } from '../hooks/useNeedFormats';
import { needPath, savedTitle } from '../paths';
import { EmployerVerificationNotice } from './EmployerVerificationNotice';
import { LearnerCount, SuppressedNote } from './LearnerCount';
import { NeedStatusButton, statusKey } from './NeedStatusButton';

const PAGE_SIZE = 20;

type NeedRow =
  OrganisationSkillNeedsQuery['organisationSkillNeeds']['edges'][number]['node'];

const selectNeeds = (data: OrganisationSkillNeedsQuery) =>
  data.organisationSkillNeeds;

function NeedItem({
  need,
  canEdit,
  noteId,
  onChanged,
}: {
  need: NeedRow;
  canEdit: boolean;
  noteId: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const formats = useNeedFormats();

  return (
    <li className="need-list__item">
      <h2 className="need-list__title">
        <Link to={needPath(need.id)}>{need.title}</Link>
      </h2>
      <dl className="need-facts">
        <dt>{t('employerNeeds.facts.status')}</dt>
        <dd>{t(statusKey(need))}</dd>
        <dt>{t('employerNeeds.facts.closesOn')}</dt>
        <dd>{formats.date(need.closesOn)}</dd>
        <dt>{t('employerNeeds.facts.openings')}</dt>
        <dd>{need.openings}</dd>
        <dt>{t('employerNeeds.facts.learners')}</dt>
        <dd>
          <LearnerCount count={need.learnerCount} noteId={noteId} />
        </dd>
      </dl>
      {canEdit && (
        <div className="need-list__actions">
          <Link
            to={`${needPath(need.id)}/edit`}
            className="button button--secondary"
          >
            {t('employerNeeds.edit')}
            <span className="visually-hidden"> {need.title}</span>
          </Link>
          <NeedStatusButton need={need} onChanged={onChanged} />
        </div>
      )}
    </li>
  );
}

/**
 * Lists an employer's skill needs for its members, closing soonest first,
 * with how many nearby learners hold matching badges. Owners and editors
 * also post, edit, close and reopen needs.
 */
export function OrganisationNeedsPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const location = useLocation();
  const noteId = useId();
  const { viewer } = useViewer();
  const organisation = useQuery(NeedOrganisationQuery, { id: organisationId });
  const list = usePagedConnection(
    NeedsDocument,
    { organisationId },
    selectNeeds,
    PAGE_SIZE,
  );
  const org = organisation.data?.organisation;
  const role = org?.viewerRole ?? null;
  const canEdit =
    viewer?.isAdmin === true || role === 'OWNER' || role === 'EDITOR';
  const saved = savedTitle(location.state);
  usePageTitle(t('employerNeeds.dashboard.title'));

  return (
    <main className="page needs-dashboard">
      <p>
        <Link to={`/organisations/${organisationId}`}>
          {t('employerNeeds.dashboard.back', { name: org?.name ?? '' })}
        </Link>
      </p>
      <h1>{t('employerNeeds.dashboard.title')}</h1>
      {org && <p className="hint">{org.name}</p>}
      <p role="status">
        {saved === null ? '' : t('employerNeeds.saved', { title: saved })}
      </p>
      {org?.kind === 'EMPLOYER' && !org.verified && (
        <EmployerVerificationNotice name={org.name} />
      )}
      {canEdit && org?.kind === 'EMPLOYER' && org.verified && (
        <p>
          <Link
            to={`/organisations/${organisationId}/needs/new`}
            className="button"
          >
            {t('employerNeeds.dashboard.new')}
          </Link>
        </p>
      )}
      {list.status === 'loading' && (
        <p role="status">{t('employerNeeds.loading')}</p>
      )}
      {list.status === 'error' && (
        <ErrorMessage
          error={list.error}
          summaryKey="employerNeeds.dashboard.loadFailed"
          onRetry={list.retry}
        />
      )}
      {list.status === 'success' && list.edges.length === 0 && (
        <p>{t('employerNeeds.dashboard.empty')}</p>
      )}
      {list.edges.length > 0 && (
        <>
          <ul className="need-list">
            {list.edges.map(({ node }) => (
              <NeedItem
                key={node.id}
                need={node}
                canEdit={canEdit}
                noteId={noteId}
                onChanged={list.retry}
              />
            ))}
          </ul>
          <SuppressedNote id={noteId} />
          <LoadMore list={list} />
        </>
      )}
    </main>
  );
}
