import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FormErrors } from '@/components/form/FormErrors';
import { fieldIds } from '@/components/form/FormField';
import { focusFirstInvalid } from '@/components/form/useFieldErrors';
import type { OrganisationQuery } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';

import { UpdateOrganisationMutation } from '../graphql/organisations';
import { useDetailsForm } from '../hooks/useDetailsForm';
import { OrganisationDetailsFields } from './OrganisationDetailsFields';

type Organisation = NonNullable<OrganisationQuery['organisation']>;

interface OrganisationSettingsFormProps {
  organisation: Organisation;
  canEdit: boolean;
  onSaved: () => void;
}

/** Renders the name, description and website; owners can change them. */
export function OrganisationSettingsForm({
  organisation,
  canEdit,
  onSaved,
}: OrganisationSettingsFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useDetailsForm({
    name: organisation.name,
    description: organisation.description,
    website: organisation.website ?? '',
  });
  const [notice, setNotice] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  const save = useMutation(UpdateOrganisationMutation);

  useEffect(
    function focusAfterFailedSave() {
      if (focusRequest > 0) {
        focusFirstInvalid(formRef.current, summaryRef.current);
      }
    },
    [focusRequest],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    form.markSubmitted();
    setNotice('');
    if (form.hasProblems) {
      setFocusRequest((count) => count + 1);

      return;
    }
    try {
      await save.mutate({
        input: {
          organisationId: organisation.id,
          name: form.values.name.trim(),
          description: form.values.description.trim(),
          website: form.values.website.trim(),
        },
      });
      setNotice(t('organisationForm.saved'));
      onSaved();
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
      <h3 id={`${baseId}-title`}>{t('organisationForm.settingsTitle')}</h3>
      {!canEdit && <p className="hint">{t('organisationForm.ownersOnly')}</p>}
      <div ref={summaryRef} tabIndex={-1}>
        <FormErrors
          error={save.state.error}
          general={form.generalErrors}
          fieldCount={Object.keys(form.serverErrors).length}
        />
      </div>
      <OrganisationDetailsFields
        values={form.values}
        onChange={form.update}
        onBlur={form.touch}
        idsOf={(field) => fieldIds(baseId, field)}
        errorOf={form.errorOf}
        disabled={!canEdit}
      />
      {canEdit && (
        <button
          type="submit"
          className="button"
          disabled={save.state.status === 'pending'}
        >
          {t('organisationForm.save')}
        </button>
      )}
      <p role="status">{notice}</p>
    </form>
  );
}
