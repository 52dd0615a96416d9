import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { RequestErrorText } from '@/components/RequestErrorText';
import { useMutation } from '@/lib/graphql/useMutation';

import {
  checkCollectionName,
  MAX_NAME_LENGTH,
  splitFieldError,
} from '../collection-rules';
import { CreateCollectionMutation } from '../graphql/collections';

/** Creates a collection by name and opens it in the editor. */
export function CreateCollectionForm() {
  const { t } = useTranslation();
  const create = useMutation(CreateCollectionMutation);
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const problem = checkCollectionName(t, name);
    setNameError(problem);
    if (problem !== null) {
      input.current?.focus();

      return;
    }
    try {
      const result = await create.mutate({ input: { name } });
      void navigate(`/my/collections/${result.createCollection.id}`);
    } catch (error) {
      const split = splitFieldError(error, 'name');
      setNameError(split.fieldMessage);
      setFormError(split.formError);
      if (split.fieldMessage !== null) input.current?.focus();
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <h2>{t('collections.list.createTitle')}</h2>
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-name`}>
          {t('collections.fields.name')}
        </label>
        <input
          ref={input}
          id={`${id}-name`}
          className="text-input"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          required
          aria-invalid={nameError !== null}
          aria-describedby={nameError === null ? undefined : `${id}-error`}
          onChange={(event) => {
            setName(event.target.value);
            setNameError(null);
          }}
        />
        <p id={`${id}-error`} className="field-error">
          {nameError}
        </p>
      </div>
      <button
        type="submit"
        className="button"
        disabled={create.state.status === 'pending'}
      >
        {t('collections.list.create')}
      </button>
      {formError !== null && (
        <RequestErrorText id={`${id}-form-error`} error={formError} />
      )}
    </form>
  );
}
