import '@/modules/listings/listings.css';
import '../employer-needs.css';

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { describedBy, fieldIds, FormField } from '@/components/form/FormField';
import { UnverifiedEmailLink } from '@/modules/accounts/components/UnverifiedEmailLink';
import { MarkdownField } from '@/modules/listings/components/MarkdownField';

import {
  type NeedForm as NeedFormState,
  useNeedForm,
} from '../hooks/useNeedForm';
import {
  NEED_RADIUS_OPTIONS_KM,
  type NeedFieldsInput,
  type NeedFormValues,
  toNeedFields,
} from '../need-form-model';
import { NEED_LIMITS } from '../need-validation';
import { NeedPlaceField } from './NeedPlaceField';
import { NeedSkillsField } from './NeedSkillsField';

interface NeedFormProps {
  initial: NeedFormValues;
  /** The saved need's closing date, which may stay in the past; null for a new need. */
  storedClosesOn: string | null;
  /** The path that "Cancel" links to. */
  cancelTo: string;
  /** Sends the fields, and rejects with the API's error when the save fails. */
  onSubmit: (fields: NeedFieldsInput) => Promise<void>;
}

/**
 * Moves focus to the first marked control, or to the summary. A marked
 * group, such as the skills, cannot take focus, so its first control does.
 */
function focusFirstProblem(
  form: HTMLFormElement | null,
  summary: HTMLElement | null,
) {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  const target = invalid?.matches('fieldset')
    ? invalid.querySelector<HTMLElement>('input, select, textarea')
    : invalid;
  (target ?? summary)?.focus();
}

/** Renders the summary of a failed save: messages that no field shows. */
function SaveSummary({
  form,
  saveError,
}: {
  form: NeedFormState;
  saveError: unknown;
}) {
  if (form.generalErrors.length > 0) {
    return (
      <div className="error-message" role="alert">
        {form.generalErrors.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
    );
  }
  if (saveError === undefined || form.serverErrorCount > 0) return null;

  return (
    <ErrorMessage error={saveError}>
      <UnverifiedEmailLink error={saveError} />
    </ErrorMessage>
  );
}

/**
 * Renders the form for posting or editing a skill need. It checks the
 * API's rules as the employer types, keeps every value when a save fails,
 * and shows the API's messages next to the fields they name.
 */
export function NeedForm({
  initial,
  storedClosesOn,
  cancelTo,
  onSubmit,
}: NeedFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useNeedForm(initial, storedClosesOn);
  const isNew = storedClosesOn === null;
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  const { values } = form;

  useEffect(
    function focusAfterFailedSave() {
      if (focusRequest > 0) {
        focusFirstProblem(formRef.current, summaryRef.current);
      }
    },
    [focusRequest],
  );

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    form.markSubmitted();
    if (form.hasProblems) {
      setNotice(t('employerNeeds.form.fixProblems'));
      setFocusRequest((count) => count + 1);

      return;
    }
    setSaving(true);
    setSaveError(undefined);
    setNotice(t('employerNeeds.form.saving'));
    form.clearServerErrors();
    try {
      await onSubmit(toNeedFields(values));
    } catch (error) {
      form.showServerError(error);
      setSaveError(error);
      setNotice(t('employerNeeds.form.saveFailed'));
      setFocusRequest((count) => count + 1);
      setSaving(false);
    }
  }

  return (
    <form
      ref={formRef}
      className="listing-form need-form"
      noValidate
      aria-busy={saving}
      onSubmit={(event) => void save(event)}
    >
      <div ref={summaryRef} tabIndex={-1}>
        <SaveSummary form={form} saveError={saveError} />
      </div>
      <TextFields form={form} baseId={baseId} />
      <NeedSkillsField
        value={values.skillIds}
        error={form.errorOf('skillIds')}
        errorId={fieldIds(baseId, 'skillIds').error}
        onChange={(skillIds) => form.update({ skillIds })}
        onBlur={() => form.touch('skillIds')}
      />
      <EscoField form={form} baseId={baseId} />
      <NeedPlaceField
        value={values.place}
        radiusKm={Number(values.radiusKm)}
        error={form.errorOf('place')}
        errorId={fieldIds(baseId, 'place').error}
        onChange={(place) => form.update({ place })}
      />
      <AreaAndDateFields form={form} baseId={baseId} />
      <div className="listing-form__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving
            ? t('employerNeeds.form.saving')
            : t(isNew ? 'employerNeeds.form.post' : 'employerNeeds.form.save')}
        </button>
        <Link to={cancelTo} className="button button--secondary">
          {t('employerNeeds.form.cancel')}
        </Link>
      </div>
      <p role="status" className="need-form__notice">
        {notice}
      </p>
    </form>
  );
}

interface SectionProps {
  form: NeedFormState;
  baseId: string;
}

function TextFields({ form, baseId }: SectionProps) {
  const { t } = useTranslation();
  const titleIds = fieldIds(baseId, 'title');
  const titleError = form.errorOf('title');
  const titleHint = t('employerNeeds.form.titleHint', {
    min: NEED_LIMITS.titleMin,
    max: NEED_LIMITS.title,
  });

  return (
    <>
      <FormField
        ids={titleIds}
        label={t('employerNeeds.form.title')}
        hint={titleHint}
        error={titleError}
      >
        <input
          id={titleIds.control}
          className="text-input"
          value={form.values.title}
          onChange={(event) => form.update({ title: event.target.value })}
          onBlur={() => form.touch('title')}
          {...describedBy(titleIds, titleHint, titleError)}
        />
      </FormField>
      <MarkdownField
        ids={fieldIds(baseId, 'description')}
        rows={8}
        value={form.values.description}
        error={form.errorOf('description')}
        onChange={(description) => form.update({ description })}
        onBlur={() => form.touch('description')}
        text={{
          label: t('employerNeeds.form.description'),
          hint: t('employerNeeds.form.descriptionHint', {
            max: NEED_LIMITS.description,
          }),
          modes: t('employerNeeds.form.descriptionModes'),
          write: t('employerNeeds.form.write'),
          preview: t('employerNeeds.form.preview'),
          previewLabel: t('employerNeeds.form.previewLabel'),
          empty: t('employerNeeds.form.previewEmpty'),
        }}
      />
    </>
  );
}

function EscoField({ form, baseId }: SectionProps) {
  const { t } = useTranslation();
  const ids = fieldIds(baseId, 'escoSkillUris');
  const error = form.errorOf('escoSkillUris');
  const hint = t('employerNeeds.form.escoHint', { max: NEED_LIMITS.escoUris });

  return (
    <FormField
      ids={ids}
      label={t('employerNeeds.form.esco')}
      hint={hint}
      error={error}
    >
      <textarea
        id={ids.control}
        className="text-input"
        rows={3}
        spellCheck={false}
        value={form.values.escoSkillUris}
        onChange={(event) => form.update({ escoSkillUris: event.target.value })}
        onBlur={() => form.touch('escoSkillUris')}
        {...describedBy(ids, hint, error)}
      />
    </FormField>
  );
}

function AreaAndDateFields({ form, baseId }: SectionProps) {
  const { t } = useTranslation();
  const radius = fieldIds(baseId, 'radiusKm');
  const openings = fieldIds(baseId, 'openings');
  const closesOn = fieldIds(baseId, 'closesOn');
  const applyUrl = fieldIds(baseId, 'applyUrl');
  const radiusError = form.errorOf('radiusKm');
  const openingsError = form.errorOf('openings');
  const closesOnError = form.errorOf('closesOn');
  const applyUrlError = form.errorOf('applyUrl');
  const radiusHint = t('employerNeeds.form.radiusHint');
  const closesOnHint = t('employerNeeds.form.closesOnHint');
  const applyUrlHint = t('employerNeeds.form.applyUrlHint');
  const { values } = form;
  const radiusOptions = NEED_RADIUS_OPTIONS_KM.map(String);
  // A stored radius that is not a choice stays selectable.
  if (!radiusOptions.includes(values.radiusKm)) {
    radiusOptions.push(values.radiusKm);
  }

  return (
    <div className="need-form__row">
      <FormField
        ids={radius}
        label={t('employerNeeds.form.radius')}
        hint={radiusHint}
        error={radiusError}
      >
        <select
          id={radius.control}
          className="select"
          value={values.radiusKm}
          onChange={(event) => form.update({ radiusKm: event.target.value })}
          onBlur={() => form.touch('radiusKm')}
          {...describedBy(radius, radiusHint, radiusError)}
        >
          {radiusOptions.map((option) => (
            <option key={option} value={option}>
              {t('employerNeeds.form.radiusOption', { km: Number(option) })}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        ids={openings}
        label={t('employerNeeds.form.openings')}
        error={openingsError}
      >
        <input
          id={openings.control}
          className="text-input"
          type="number"
          inputMode="numeric"
          min={1}
          max={NEED_LIMITS.openingsMax}
          step={1}
          value={values.openings}
          onChange={(event) => form.update({ openings: event.target.value })}
          onBlur={() => form.touch('openings')}
          {...describedBy(openings, undefined, openingsError)}
        />
      </FormField>
      <FormField
        ids={closesOn}
        label={t('employerNeeds.form.closesOn')}
        hint={closesOnHint}
        error={closesOnError}
      >
        <input
          id={closesOn.control}
          className="text-input"
          type="date"
          value={values.closesOn}
          onChange={(event) => form.update({ closesOn: event.target.value })}
          onBlur={() => form.touch('closesOn')}
          {...describedBy(closesOn, closesOnHint, closesOnError)}
        />
      </FormField>
      <FormField
        ids={applyUrl}
        label={t('employerNeeds.form.applyUrl')}
        hint={applyUrlHint}
        error={applyUrlError}
      >
        <input
          id={applyUrl.control}
          className="text-input"
          type="url"
          inputMode="url"
          value={values.applyUrl}
          onChange={(event) => form.update({ applyUrl: event.target.value })}
          onBlur={() => form.touch('applyUrl')}
          {...describedBy(applyUrl, applyUrlHint, applyUrlError)}
        />
      </FormField>
    </div>
  );
}
