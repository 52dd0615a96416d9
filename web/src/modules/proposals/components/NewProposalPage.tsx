import '../proposals.css';

import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { ProposalKind } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useMutation } from '@/lib/graphql/useMutation';
import { useReferenceData } from '@/modules/filters/hooks/useReferenceData';

import { CreateProposalMutation } from '../graphql/proposals';
import { useProposalFormErrors } from '../hooks/useProposalFormErrors';
import { PROPOSAL_KINDS } from '../kinds';
import { type PickedPlace, PlacePicker } from './PlacePicker';

/** Toggles `value` in a list of chosen values. */
function toggle<T>(values: T[], value: T): T[] {
  return values.includes(value)
    ? values.filter((each) => each !== value)
    : [...values, value];
}

/**
 * Renders the form for proposing an idea, then opens the new idea. The
 * API's BAD_USER_INPUT messages show at the fields they name, until that
 * field changes; other errors show as a summary. What was typed is kept.
 */
export function NewProposalPage() {
  const { t } = useTranslation();
  usePageTitle(t('proposals.form.title'));
  const id = useId();
  const navigate = useNavigate();
  const reference = useReferenceData();
  const create = useMutation(CreateProposalMutation);
  const [kind, setKind] = useState<ProposalKind>('OPPORTUNITY');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [place, setPlace] = useState<PickedPlace | null>(null);
  const [sdgs, setSdgs] = useState<number[]>([]);
  const [skills, setSkills] = useState<string[]>([]);
  const {
    form,
    summary,
    rest,
    fieldCount,
    errorId,
    errorOf,
    errorProps,
    fieldError,
    markEdited: change,
    clearEdited,
  } = useProposalFormErrors(create.state.error, id);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const located =
      place === null
        ? { location: null, placeId: null }
        : place.kind === 'place'
          ? { location: null, placeId: place.place.id }
          : { location: place.point, placeId: null };
    clearEdited();
    try {
      const result = await create.mutate({
        input: {
          proposal: { kind, title, description, sdgs, skills, ...located },
        },
      });
      void navigate(`/ideas/${result.createProposal.id}`);
    } catch {
      // The mutation state holds the error, which the form shows.
    }
  }

  return (
    <main className="page idea-form-page">
      <h1>{t('proposals.form.title')}</h1>
      <form ref={form} onSubmit={(event) => void submit(event)} noValidate>
        <div ref={summary} tabIndex={-1}>
          {create.state.status === 'error' && (
            <FormSummary rest={rest} fieldCount={fieldCount} />
          )}
        </div>
        <fieldset {...errorProps('kind')}>
          <legend>{t('proposals.form.kind')}</legend>
          {PROPOSAL_KINDS.map((each) => (
            <label key={each} className="choice">
              <input
                type="radio"
                name="kind"
                value={each}
                checked={kind === each}
                onChange={() => {
                  setKind(each);
                  change('kind');
                }}
              />
              {t(`proposals.kind.${each}`)}
            </label>
          ))}
          {fieldError('kind')}
        </fieldset>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-title`}>
            {t('proposals.form.titleLabel')}
          </label>
          <input
            id={`${id}-title`}
            className="input"
            value={title}
            maxLength={120}
            required
            {...errorProps('title')}
            onChange={(event) => {
              setTitle(event.target.value);
              change('title');
            }}
          />
          {fieldError('title')}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-description`}>
            {t('proposals.form.description')}
          </label>
          <p className="field-hint" id={`${id}-description-hint`}>
            {t('proposals.form.descriptionHint')}
          </p>
          <textarea
            id={`${id}-description`}
            className="textarea"
            rows={6}
            maxLength={4000}
            {...errorProps('description', `${id}-description-hint`)}
            value={description}
            onChange={(event) => {
              setDescription(event.target.value);
              change('description');
            }}
          />
          {fieldError('description')}
        </div>
        <PlacePicker
          value={place}
          onChange={(picked) => {
            setPlace(picked);
            change('place');
          }}
          error={errorOf('place')}
          errorId={errorId('place')}
        />
        <fieldset {...errorProps('sdgs')}>
          <legend>{t('proposals.form.sdgs')}</legend>
          {reference.sdgs.map((sdg) => (
            <label key={sdg.number} className="choice">
              <input
                type="checkbox"
                checked={sdgs.includes(sdg.number)}
                onChange={() => {
                  setSdgs(toggle(sdgs, sdg.number));
                  change('sdgs');
                }}
              />
              {t('proposals.sdgOption', {
                number: sdg.number,
                title: sdg.shortTitle,
              })}
            </label>
          ))}
          {fieldError('sdgs')}
        </fieldset>
        <fieldset {...errorProps('skills')}>
          <legend>{t('proposals.form.skills')}</legend>
          {reference.skills.map((skill) => (
            <label key={skill.id} className="choice">
              <input
                type="checkbox"
                checked={skills.includes(skill.id)}
                onChange={() => {
                  setSkills(toggle(skills, skill.id));
                  change('skills');
                }}
              />
              {skill.name}
            </label>
          ))}
          {fieldError('skills')}
        </fieldset>
        <button
          type="submit"
          className="button button--primary"
          disabled={create.state.status === 'pending'}
        >
          {t('proposals.form.submit')}
        </button>
      </form>
    </main>
  );
}

/**
 * Renders what failed: errors that no field shows in full, else a line
 * that points to the marked fields.
 */
function FormSummary({
  rest,
  fieldCount,
}: {
  rest: unknown;
  fieldCount: number;
}) {
  const { t } = useTranslation();
  if (rest !== undefined) {
    return <ErrorMessage error={rest} summaryKey="proposals.form.failed" />;
  }

  return (
    <div className="error-message" role="alert">
      <p className="error-message__summary">{t('proposals.form.failed')}</p>
      <p>{t('proposals.form.fixFields', { count: fieldCount })}</p>
    </div>
  );
}
