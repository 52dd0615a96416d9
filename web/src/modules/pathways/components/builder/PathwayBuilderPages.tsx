import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { OrganisationRole } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { isNotFound } from '@/lib/graphql/errors';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';
import { useViewer } from '@/modules/accounts';

import {
  CreatePathwayMutation,
  EditablePathwayQuery,
  PathwayBuilderOrganisationQuery,
  UpdatePathwayMutation,
} from '../../graphql/pathways';
import { emptyPathway, valuesFromPathway } from '../../pathway-form-model';
import { PathwayForm } from './PathwayForm';

const BUILDER_ROLES: readonly OrganisationRole[] = ['OWNER', 'EDITOR'];

/** Returns the path of the list page, which shows `state.saved` as a notice. */
function listPath(organisationId: string): string {
  return `/organisations/${organisationId}/pathways`;
}

interface BuilderFrameProps {
  organisationId: string;
  heading: string;
  /** The form, once the organisation is known and the viewer may build. */
  children: (organisationName: string) => ReactNode;
}

/**
 * Loads the organisation and renders the page around the form: a back
 * link, the heading, and the loading, failure and permission states.
 */
function BuilderFrame({
  organisationId,
  heading,
  children,
}: BuilderFrameProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const result = useQuery(PathwayBuilderOrganisationQuery, {
    id: organisationId,
  });
  const organisation = result.data?.organisation;
  usePageTitle(heading);
  // Admins pass every check on the API, so they may build too.
  const mayBuild =
    viewer?.isAdmin === true ||
    (organisation?.viewerRole !== null &&
      organisation?.viewerRole !== undefined &&
      BUILDER_ROLES.includes(organisation.viewerRole));

  return (
    <main className="page pathway-builder-page">
      <p>
        <Link to={listPath(organisationId)}>
          {t('pathways.form.back', { name: organisation?.name ?? '' })}
        </Link>
      </p>
      <h1>{heading}</h1>
      {result.status === 'error' && (
        <ErrorMessage
          error={result.error}
          summaryKey="pathways.form.loadFailed"
          onRetry={result.retry}
        />
      )}
      {organisation === undefined && result.status !== 'error' && (
        <p role="status">{t('pathways.form.loading')}</p>
      )}
      {organisation === null && (
        <p role="alert">{t('pathways.form.notFound')}</p>
      )}
      {organisation && !mayBuild && (
        <p role="alert">
          {t('pathways.form.notBuilder', { name: organisation.name })}
        </p>
      )}
      {organisation && mayBuild && children(organisation.name)}
    </main>
  );
}

/** Renders `/organisations/:organisationId/pathways/new`. */
export function NewPathwayPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const navigate = useNavigate();
  const create = useMutation(CreatePathwayMutation);

  return (
    <BuilderFrame
      organisationId={organisationId}
      heading={t('pathways.form.newTitle')}
    >
      {() => (
        <PathwayForm
          organisationId={organisationId}
          initial={emptyPathway()}
          goalName={null}
          cancelTo={listPath(organisationId)}
          onSubmit={async (fields) => {
            await create.mutate({ input: { ...fields, organisationId } });
            void navigate(listPath(organisationId), {
              state: { saved: fields.title },
            });
          }}
        />
      )}
    </BuilderFrame>
  );
}

/** Renders `/organisations/:organisationId/pathways/:pathwayId/edit`. */
export function EditPathwayPage() {
  const { t } = useTranslation();
  const { organisationId = '', pathwayId = '' } = useParams();
  const navigate = useNavigate();
  const result = useQuery(EditablePathwayQuery, { id: pathwayId });
  const update = useMutation(UpdatePathwayMutation);
  const pathway = result.data?.pathway;
  const missing =
    isNotFound(result.error) ||
    (pathway !== undefined && pathway.organisation.id !== organisationId);

  function renderForm() {
    if (missing) return <p role="alert">{t('pathways.form.notFound')}</p>;
    if (result.status === 'error') {
      return (
        <ErrorMessage
          error={result.error}
          summaryKey="pathways.form.loadFailed"
          onRetry={result.retry}
        />
      );
    }
    if (pathway === undefined) {
      return <p role="status">{t('pathways.form.loading')}</p>;
    }
    if (pathway.status === 'ARCHIVED') {
      return <p role="alert">{t('pathways.form.archived')}</p>;
    }

    return (
      <>
        {pathway.status === 'PUBLISHED' && (
          <p className="notice">{t('pathways.form.publishedNote')}</p>
        )}
        <PathwayForm
          organisationId={organisationId}
          initial={valuesFromPathway(pathway)}
          goalName={pathway.goalAchievement.name}
          cancelTo={listPath(organisationId)}
          onSubmit={async (fields) => {
            await update.mutate({ input: { ...fields, pathwayId } });
            void navigate(listPath(organisationId), {
              state: { saved: fields.title },
            });
          }}
        />
      </>
    );
  }

  return (
    <BuilderFrame
      organisationId={organisationId}
      heading={t('pathways.form.editTitle')}
    >
      {renderForm}
    </BuilderFrame>
  );
}
