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
  CreateSkillNeedMutation,
  NeedOrganisationQuery,
  SkillNeedQuery,
  UpdateSkillNeedMutation,
} from '../graphql/needs';
import { emptyNeed, valuesFromNeed } from '../need-form-model';
import { dashboardPath, needPath } from '../paths';
import { EmployerVerificationNotice } from './EmployerVerificationNotice';
import { NeedForm } from './NeedForm';

const EDITOR_ROLES: readonly (OrganisationRole | null | undefined)[] = [
  'OWNER',
  'EDITOR',
];

/** Renders the page around a form: back link, heading and a status. */
function FormFrame({
  heading,
  back,
  children,
}: {
  heading: string;
  back: ReactNode;
  children: ReactNode;
}) {
  usePageTitle(heading);

  return (
    <main className="page need-form-page">
      <p>{back}</p>
      <h1>{heading}</h1>
      {children}
    </main>
  );
}

/** Renders `/organisations/:organisationId/needs/new`. */
export function NewNeedPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const result = useQuery(NeedOrganisationQuery, { id: organisationId });
  const create = useMutation(CreateSkillNeedMutation);
  const organisation = result.data?.organisation;
  const mayPost =
    viewer?.isAdmin === true || EDITOR_ROLES.includes(organisation?.viewerRole);

  function renderBody() {
    if (result.status === 'error') {
      return (
        <ErrorMessage
          error={result.error}
          summaryKey="employerNeeds.form.loadFailed"
          onRetry={result.retry}
        />
      );
    }
    if (organisation === undefined) {
      return <p role="status">{t('employerNeeds.loading')}</p>;
    }
    if (organisation === null) {
      return <p role="alert">{t('employerNeeds.form.organisationNotFound')}</p>;
    }
    if (organisation.kind !== 'EMPLOYER') {
      return <p role="alert">{t('employerNeeds.form.notEmployer')}</p>;
    }
    if (!mayPost) {
      return (
        <p role="alert">
          {t('employerNeeds.form.notEditor', { name: organisation.name })}
        </p>
      );
    }
    if (!organisation.verified) {
      return <EmployerVerificationNotice name={organisation.name} />;
    }

    return (
      <NeedForm
        initial={emptyNeed()}
        storedClosesOn={null}
        cancelTo={dashboardPath(organisationId)}
        onSubmit={async (fields) => {
          const saved = await create.mutate({
            input: { ...fields, employerId: organisationId },
          });
          void navigate(needPath(saved.createSkillNeed.id), {
            state: { saved: fields.title },
          });
        }}
      />
    );
  }

  return (
    <FormFrame
      heading={t('employerNeeds.form.newTitle')}
      back={
        <Link to={dashboardPath(organisationId)}>
          {t('employerNeeds.form.back')}
        </Link>
      }
    >
      {renderBody()}
    </FormFrame>
  );
}

/** Renders `/needs/:needId/edit`. */
export function EditNeedPage() {
  const { t } = useTranslation();
  const { needId = '' } = useParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const result = useQuery(SkillNeedQuery, { id: needId });
  const update = useMutation(UpdateSkillNeedMutation);
  const need = result.data?.skillNeed;
  const mayEdit =
    viewer?.isAdmin === true ||
    EDITOR_ROLES.includes(need?.employer.viewerRole);

  function renderBody() {
    if (isNotFound(result.error)) {
      return <p role="alert">{t('employerNeeds.detail.notFound')}</p>;
    }
    if (result.status === 'error') {
      return (
        <ErrorMessage
          error={result.error}
          summaryKey="employerNeeds.detail.loadFailed"
          onRetry={result.retry}
        />
      );
    }
    if (need === undefined) {
      return <p role="status">{t('employerNeeds.loading')}</p>;
    }
    if (!mayEdit) {
      return (
        <p role="alert">
          {t('employerNeeds.form.notEditor', { name: need.employer.name })}
        </p>
      );
    }

    return (
      <NeedForm
        initial={valuesFromNeed(need)}
        storedClosesOn={need.closesOn}
        cancelTo={needPath(needId)}
        onSubmit={async ({ closesOn, ...fields }) => {
          // An unchanged date is left out, so that a need past its date
          // can still be edited.
          await update.mutate({
            input: {
              ...fields,
              ...(closesOn === need.closesOn ? {} : { closesOn }),
              id: needId,
            },
          });
          void navigate(needPath(needId), { state: { saved: fields.title } });
        }}
      />
    );
  }

  return (
    <FormFrame
      heading={t('employerNeeds.form.editTitle')}
      back={
        <Link to={needPath(needId)}>{t('employerNeeds.form.backToNeed')}</Link>
      }
    >
      {renderBody()}
    </FormFrame>
  );
}
