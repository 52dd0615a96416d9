import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RequestErrorText } from '@/components/RequestErrorText';
import { useMutation } from '@/lib/graphql/useMutation';

import {
  checkCollectionDescription,
  checkCollectionName,
  MAX_DESCRIPTION_LENGTH,
  MAX_NAME_LENGTH,
  splitFieldError,
} from '../../collection-rules';
import { UpdateCollectionMutation } from '../../graphql/collections';
import type { CollectionPartProps } from './collection-part';

type Field = 'name' | 'description';

/** Renames a collection and edits its description. */
export function CollectionDetailsForm({
  collection,
  onChanged,
}: CollectionPartProps) {
  const { t } = useTranslation();
  const update = useMutation(UpdateCollectionMutation);
  const [name, setName] = useState(collection.name);
  const [description, setDescription] = useState(collection.description);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const descriptionInput = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  function showErrors(next: Partial<Record<Field, string>>) {
    setErrors(next);
    if (next.name !== undefined) nameInput.current?.focus();
    else if (next.description !== undefined) descriptionInput.current?.focus();
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setFormError(null);
    const nameError = checkCollectionName(t, name);
    const descriptionError = checkCollectionDescription(t, description);
    if (nameError !== null || descriptionError !== null) {
      showErrors({
        ...(nameError === null ? {} : { name: nameError }),
        ...(descriptionError === null ? {} : { description: descriptionError }),
      });

      return;
    }
    try {
      const result = await update.mutate({
        input: { collectionId: collection.id, name, description },
      });
      setErrors({});
      setSaved(true);
      onChanged(result.updateCollection);
    } catch (error) {
      const byName = splitFieldError(error, 'name');
      const byDescription = splitFieldError(error, 'description');
      showErrors({
        ...(byName.fieldMessage === null ? {} : { name: byName.fieldMessage }),
        ...(byDescription.fieldMessage === null
          ? {}
          : { description: byDescription.fieldMessage }),
      });
      if (byName.formError !== null && byDescription.formError !== null) {
        setFormError(error);
      }
    }
  }

  const describedBy = (field: Field) =>
    errors[field] === undefined ? undefined : `${id}-${field}-error`;

  return (
    <form className="form" noValidate onSubmit={(event) => void save(event)}>
      <h2>{t('collections.edit.details')}</h2>
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-name`}>
          {t('collections.fields.name')}
        </label>
        <input
          ref={nameInput}
          id={`${id}-name`}
          className="text-input"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          required
          aria-invalid={errors.name !== undefined}
          aria-describedby={describedBy('name')}
          onChange={(event) => {
            setName(event.target.value);
            setErrors(({ name: _cleared, ...rest }) => rest);
          }}
        />
        <p id={`${id}-name-error`} className="field-error">
          {errors.name}
        </p>
      </div>
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-description`}>
          {t('collections.fields.description')}
        </label>
        <textarea
          ref={descriptionInput}
          id={`${id}-description`}
          value={description}
          maxLength={MAX_DESCRIPTION_LENGTH}
          aria-invalid={errors.description !== undefined}
          aria-describedby={describedBy('description')}
          onChange={(event) => {
            setDescription(event.target.value);
            setErrors(({ description: _cleared, ...rest }) => rest);
          }}
        />
        <p id={`${id}-description-error`} className="field-error">
          {errors.description}
        </p>
      </div>
      <button
        type="submit"
        className="button"
        disabled={update.state.status === 'pending'}
      >
        {t('collections.edit.save')}
      </button>
      {saved && <p role="status">{t('collections.edit.saved')}</p>}
      {formError !== null && (
        <RequestErrorText id={`${id}-error`} error={formError} />
      )}
    </form>
  );
}
