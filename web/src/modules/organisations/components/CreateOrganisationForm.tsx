import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { FormErrors } from '@/components/form/FormErrors';
import { describedBy, fieldIds, FormField } from '@/components/form/FormField';
import { focusFirstInvalid } from '@/components/form/useFieldErrors';
import type { OrganisationKind } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';
import { useViewer } from '@/modules/accounts';

import { CreateOrganisationMutation } from '../graphql/organisations';
import { useDetailsForm } from '../hooks/useDetailsForm';
import { OrganisationDetailsFields } from './OrganisationDetailsFields';

export const KINDS: readonly OrganisationKind[] = [
  'PROVIDER',
  'COUNCIL',
  'EMPLOYER',
];

/** Renders the form that creates an organisation and opens its dashboard. */
export function CreateOrganisationForm() {
  const { t } = useTranslation();
  const baseId = useId();
  const navigate = useNavigate();
  const { refresh } = useViewer();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useDetailsForm({
    name: '',
    description: '',
    website: '',
    kind: 'PROVIDER' as OrganisationKind,
  });
  const [focusRequest, setFocusRequest] = useState(0);
  const create = useMutation(CreateOrganisationMutation);
  const idsOf = (field: string) => fieldIds(baseId, field);
  const kind = idsOf('kind');

  useEffect(
    function focusAfterFailedSubmit() {
      if (focusRequest > 0) {
        focusFirstInvalid(formRef.current, summaryRef.current);
      }
    },
    [focusRequest],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    form.markSubmitted();
    if (form.hasProblems) {
      setFocusRequest((count) => count + 1);

      return;
    }
    const { name, description, website, kind: chosenKind } = form.values;
    try {
      const data = await create.mutate({
        input: {
          name: name.trim(),
          kind: chosenKind,
          description: description.trim() === '' ? null : description.trim(),
          website: website.trim() === '' ? null : website.trim(),
        },
      });
      // The new membership belongs in the viewer's list before the
      // dashboard reads it.
      await refresh();
      void navigate(`/organisations/${data.createOrganisation.id}`);
    } catch (error) {
      form.showServerError(error);
      setFocusRequest((count) => count + 1);
    }
  }

  return (
    <form
      ref={formRef}
      className="organisation-form"
      noValidate
      onSubmit={submit}
      aria-labelledby={`${baseId}-title`}
    >
      <h2 id={`${baseId}-title`}>{t('organisationForm.createTitle')}</h2>
      <div ref={summaryRef} tabIndex={-1}>
        <FormErrors
          error={create.state.error}
          general={form.generalErrors}
          fieldCount={Object.keys(form.serverErrors).length}
        />
      </div>
      <OrganisationDetailsFields
        values={form.values}
        onChange={form.update}
        onBlur={form.touch}
        idsOf={idsOf}
        errorOf={form.errorOf}
      />
      <FormField
        ids={kind}
        label={t('organisationForm.kind')}
        hint={t('organisationForm.kindHint')}
        error={form.errorOf('kind')}
      >
        <select
          id={kind.control}
          className="select"
          value={form.values.kind}
          onChange={(event) =>
            form.update({ kind: event.target.value as OrganisationKind })
          }
          {...describedBy(kind, true, form.errorOf('kind'))}
        >
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`organisationForm.kinds.${value}`)}
            </option>
          ))}
        </select>
      </FormField>
      <button
        type="submit"
        className="button"
        disabled={create.state.status === 'pending'}
      >
        {t('organisationForm.create')}
      </button>
    </form>
  );
}
