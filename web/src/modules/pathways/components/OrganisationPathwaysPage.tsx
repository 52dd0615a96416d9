import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { errorText } from '@/components/error-text';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { OrganisationPathwaysQuery } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';
import { useViewer } from '@/modules/accounts';

import {
  ArchivePathwayMutation,
  OrganisationPathwaysQuery as PathwaysDocument,
  PathwayBuilderOrganisationQuery,
  PublishPathwayMutation,
} from '../graphql/pathways';
import { useCursorList } from '../hooks/useCursorList';

const selectPathways = (data: OrganisationPathwaysQuery) =>
  data.organisationPathways;

/** Reads the title a builder page saved, passed in the navigation state. */
function savedTitle(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('saved' in state)) {
    return null;
  }

  return typeof state.saved === 'string' ? state.saved : null;
}

/**
 * Lists an organisation's pathways for its members. Owners and editors
 * also get links to build and edit them, and to publish or archive them.
 */
export function OrganisationPathwaysPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const location = useLocation();
  const { viewer } = useViewer();
  const organisation = useQuery(PathwayBuilderOrganisationQuery, {
    id: organisationId,
  }).data?.organisation;
  const list = useCursorList(
    PathwaysDocument,
    { organisationId },
    selectPathways,
  );
  const publish = useMutation(PublishPathwayMutation);
  const archive = useMutation(ArchivePathwayMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const saved = savedTitle(location.state);
  const role = organisation?.viewerRole ?? null;
  const canBuild =
    viewer?.isAdmin === true || role === 'OWNER' || role === 'EDITOR';
  usePageTitle(t('pathways.builder.title'));

  async function run(
    mutate: (variables: { input: { pathwayId: string } }) => Promise<unknown>,
    pathwayId: string,
  ) {
    setFailure(null);
    try {
      await mutate({ input: { pathwayId } });
      list.retry();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  return (
    <main className="page">
      <p>
        <Link to={`/organisations/${organisationId}`}>
          {t('pathways.builder.back')}
        </Link>
      </p>
      <h1>{t('pathways.builder.title')}</h1>
      {organisation && <p className="hint">{organisation.name}</p>}
      <p role="status">
        {saved === null ? '' : t('pathways.builder.saved', { title: saved })}
      </p>
      {canBuild && (
        <p>
          <Link
            to={`/organisations/${organisationId}/pathways/new`}
            className="button"
          >
            {t('pathways.builder.new')}
          </Link>
        </p>
      )}
      {list.status === 'loading' && (
        <p role="status">{t('pathways.loading')}</p>
      )}
      {list.status === 'error' && (
        <ErrorMessage
          error={list.error}
          summaryKey="pathways.builder.loadFailed"
          onRetry={list.retry}
        />
      )}
      {failure !== null && (
        <p role="alert">
          {t('pathways.builder.actionFailed', { message: failure })}
        </p>
      )}
      {list.status === 'success' && list.edges.length === 0 && (
        <p>{t('pathways.builder.empty')}</p>
      )}
      <ul className="pathway-admin-list">
        {list.edges.map(({ node }) => (
          <li key={node.id}>
            <Link to={`/pathways/${node.id}`}>{node.title}</Link> (
            {t(`pathways.builder.status.${node.status}`)}){' '}
            {canBuild && node.status !== 'ARCHIVED' && (
              <Link
                to={`/organisations/${organisationId}/pathways/${node.id}/edit`}
                className="button button--secondary"
              >
                {t('pathways.builder.edit')}
                <span className="visually-hidden"> {node.title}</span>
              </Link>
            )}{' '}
            {canBuild && node.status === 'DRAFT' && (
              <button
                type="button"
                className="button"
                onClick={() => void run(publish.mutate, node.id)}
              >
                {t('pathways.builder.publish')}
                <span className="visually-hidden"> {node.title}</span>
              </button>
            )}{' '}
            {canBuild && node.status !== 'ARCHIVED' && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void run(archive.mutate, node.id)}
              >
                {t('pathways.builder.archive')}
                <span className="visually-hidden"> {node.title}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {list.moreError !== undefined && <ErrorMessage error={list.moreError} />}
      {list.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={list.loadingMore}
          onClick={list.loadMore}
        >
          {t('pathways.builder.more')}
        </button>
      )}
    </main>
  );
}
