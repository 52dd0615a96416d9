import '@/modules/listings/listings.css';
import '../../pathways.css';

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { describedBy, fieldIds, FormField } from '@/components/form/FormField';
import { focusFirstInvalid } from '@/components/form/useFieldErrors';
import { UnverifiedEmailLink } from '@/modules/accounts/components/UnverifiedEmailLink';
import { TagFields } from '@/modules/listings/components/TagFields';

import { usePathwayForm } from '../../hooks/usePathwayForm';
import type {
  PathwayFieldsInput,
  PathwayFormValues,
} from '../../pathway-form-model';
import { toPathwayFields } from '../../pathway-form-model';
import { PATHWAY_LIMITS } from '../../pathway-validation';
import { GoalBadgeSelect } from './GoalBadgeSelect';
import { StepsEditor } from './StepsEditor';

interface PathwayFormProps {
  organisationId: string;
  initial: PathwayFormValues;
  /** The stored goal badge's name, for a goal that is no longer listed. */
  goalName: string | null;
  /** The path that "Cancel" links to. */
  cancelTo: string;
  /** Sends the fields, and rejects with the API's error when the save fails. */
  onSubmit: (fields: PathwayFieldsInput) => Promise<void>;
}

/**
 * Renders the pathway builder. It checks the API's rules as the builder
 * types, keeps every value when a save fails, and shows the API's
 * messages next to the fields they name.
 */
export function PathwayForm({
  organisationId,
  initial,
  goalName,
  cancelTo,
  onSubmit,
}: PathwayFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = usePathwayForm(initial);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  const idsOf = (field: string) => fieldIds(baseId, field);
  const { values } = form;

  useEffect(
    function focusAfterFailedSave() {
      if (focusRequest > 0) {
        focusFirstInvalid(formRef.current, summaryRef.current);
      }
    },
    [focusRequest],
  );

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    form.markSubmitted();
    if (form.hasProblems) {
      setNotice(t('pathways.form.fixProblems'));
      setFocusRequest((count) => count + 1);

      return;
    }
    setSaving(true);
    setSaveError(undefined);
    setNotice(t('pathways.form.saving'));
    form.clearServerErrors();
    try {
      await onSubmit(toPathwayFields(values));
    } catch (error) {
      form.showServerError(error);
      setSaveError(error);
      setNotice(t('pathways.form.saveFailed'));
      setFocusRequest((count) => count + 1);
      setSaving(false);
    }
  }

  const titleIds = idsOf('title');
  const titleError = form.errorOf('title');
  const titleHint = t('pathways.form.titleHint', { max: PATHWAY_LIMITS.title });
  const descriptionIds = idsOf('description');
  const descriptionError = form.errorOf('description');
  const descriptionHint = t('pathways.form.descriptionHint', {
    max: PATHWAY_LIMITS.description,
  });

  return (
    <form
      ref={formRef}
      className="listing-form pathway-form"
      noValidate
      aria-busy={saving}
      onSubmit={save}
    >
      <div ref={summaryRef} tabIndex={-1}>
        {form.generalErrors.length > 0 && (
          <div className="error-message" role="alert">
            {form.generalErrors.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        )}
        {saveError !== undefined &&
          form.generalErrors.length === 0 &&
          form.serverErrorCount === 0 && (
            <ErrorMessage error={saveError}>
              <UnverifiedEmailLink error={saveError} />
            </ErrorMessage>
          )}
      </div>
      <FormField
        ids={titleIds}
        label={t('pathways.form.title')}
        hint={titleHint}
        error={titleError}
      >
        <input
          id={titleIds.control}
          className="text-input"
          value={values.title}
          onChange={(event) => form.update({ title: event.target.value })}
          onBlur={() => form.touch('title')}
          {...describedBy(titleIds, titleHint, titleError)}
        />
      </FormField>
      <FormField
        ids={descriptionIds}
        label={t('pathways.form.description')}
        hint={descriptionHint}
        error={descriptionError}
      >
        <textarea
          id={descriptionIds.control}
          className="text-input"
          rows={5}
          value={values.description}
          onChange={(event) => form.update({ description: event.target.value })}
          onBlur={() => form.touch('description')}
          {...describedBy(descriptionIds, descriptionHint, descriptionError)}
        />
      </FormField>
      <fieldset>
        <legend>{t('pathways.form.order.legend')}</legend>
        {(['ordered', 'free'] as const).map((choice) => (
          <label key={choice} className="form-field--checkbox">
            <input
              type="radio"
              name={`${baseId}-order`}
              checked={values.ordered === (choice === 'ordered')}
              onChange={() => form.update({ ordered: choice === 'ordered' })}
            />
            {t(`pathways.form.order.${choice}`)}
          </label>
        ))}
      </fieldset>
      <TagFields
        sdgs={values.sdgs}
        skills={values.skills}
        onChange={(patch) => form.update(patch)}
        errorOf={(field) =>
          form.serverErrorUnder(field === 'sdgs' ? 'sdgNumbers' : 'skillIds')
        }
      />
      <GoalBadgeSelect
        ids={idsOf('goalAchievementId')}
        organisationId={organisationId}
        value={values.goalAchievementId}
        currentName={goalName}
        error={form.errorOf('goalAchievementId')}
        onChange={(goalAchievementId) => form.update({ goalAchievementId })}
        onBlur={() => form.touch('goalAchievementId')}
      />
      <StepsEditor form={form} idsOf={idsOf} onAnnounce={setNotice} />
      <div className="listing-form__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t('pathways.form.saving') : t('pathways.form.save')}
        </button>
        <Link to={cancelTo} className="button button--secondary">
          {t('pathways.form.cancel')}
        </Link>
      </div>
      <p role="status" className="pathway-form__notice">
        {notice}
      </p>
    </form>
  );
}
