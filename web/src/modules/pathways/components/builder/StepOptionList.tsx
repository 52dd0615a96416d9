import { useTranslation } from 'react-i18next';

import {
  describedBy,
  type FieldIds,
  FormField,
} from '@/components/form/FormField';

import type {
  ExternalOptionValues,
  OptionValues,
} from '../../pathway-form-model';

interface StepOptionListProps {
  /** The step's API path, such as `steps.1`. */
  field: string;
  position: number;
  options: OptionValues[];
  onChange: (options: OptionValues[]) => void;
  errorOf: (field: string) => string | undefined;
  touch: (field: string) => void;
  idsOf: (field: string) => FieldIds;
}

/** Renders the badges of one step: names, or editable ids from elsewhere. */
export function StepOptionList({
  field,
  position,
  options,
  onChange,
  errorOf,
  touch,
  idsOf,
}: StepOptionListProps) {
  const { t } = useTranslation();

  function remove(key: string) {
    onChange(options.filter((option) => option.key !== key));
  }

  function edit(key: string, patch: Partial<ExternalOptionValues>) {
    onChange(
      options.map((option) =>
        option.key === key && option.kind === 'external'
          ? { ...option, ...patch }
          : option,
      ),
    );
  }

  if (options.length === 0) {
    return <p className="hint">{t('pathways.form.steps.noOptions')}</p>;
  }

  return (
    <ul
      className="step-options"
      aria-label={t('pathways.form.steps.options', { position })}
    >
      {options.map((option, index) => {
        const path = `${field}.options.${index}`;
        const error = errorOf(path) ?? errorOf(`${path}.achievementId`);
        const errorId = `${idsOf(path).control}-error`;

        return (
          <li key={option.key} className="step-options__item">
            {option.kind === 'local' ? (
              <span className="step-options__name">{option.name}</span>
            ) : (
              <ExternalOptionFields
                path={path}
                option={option}
                idsOf={idsOf}
                errorOf={errorOf}
                touch={touch}
                onEdit={(patch) => edit(option.key, patch)}
              />
            )}
            <button
              type="button"
              className="button button--secondary"
              aria-describedby={error === undefined ? undefined : errorId}
              onClick={() => remove(option.key)}
            >
              {t('pathways.form.option.remove')}
              <span className="visually-hidden">
                {' '}
                {option.kind === 'local' || option.name.trim() !== ''
                  ? option.name
                  : t('pathways.form.option.external')}
              </span>
            </button>
            {error !== undefined && (
              <p className="error-text" id={errorId}>
                {error}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface ExternalOptionFieldsProps {
  path: string;
  option: ExternalOptionValues;
  idsOf: (field: string) => FieldIds;
  errorOf: (field: string) => string | undefined;
  touch: (field: string) => void;
  onEdit: (patch: Partial<ExternalOptionValues>) => void;
}

function ExternalOptionFields({
  path,
  option,
  idsOf,
  errorOf,
  touch,
  onEdit,
}: ExternalOptionFieldsProps) {
  const { t } = useTranslation();
  const uriIds = idsOf(`${path}.achievementUri`);
  const uriError = errorOf(`${path}.achievementUri`);
  const uriHint = t('pathways.form.option.uriHint');
  const issuerIds = idsOf(`${path}.issuerUri`);
  const issuerError = errorOf(`${path}.issuerUri`);
  const issuerHint = t('pathways.form.option.issuerHint');
  const nameIds = idsOf(`${path}.name`);
  const nameError = errorOf(`${path}.name`);

  return (
    <fieldset className="step-options__external">
      <legend>{t('pathways.form.option.external')}</legend>
      <FormField
        ids={uriIds}
        label={t('pathways.form.option.uri')}
        hint={uriHint}
        error={uriError}
      >
        <input
          id={uriIds.control}
          className="text-input"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={option.achievementUri}
          onChange={(event) => onEdit({ achievementUri: event.target.value })}
          onBlur={() => touch(`${path}.achievementUri`)}
          {...describedBy(uriIds, uriHint, uriError)}
        />
      </FormField>
      <FormField
        ids={issuerIds}
        label={t('pathways.form.option.issuer')}
        hint={issuerHint}
        error={issuerError}
      >
        <input
          id={issuerIds.control}
          className="text-input"
          autoComplete="off"
          spellCheck={false}
          value={option.issuerUri}
          onChange={(event) => onEdit({ issuerUri: event.target.value })}
          onBlur={() => touch(`${path}.issuerUri`)}
          {...describedBy(issuerIds, issuerHint, issuerError)}
        />
      </FormField>
      <FormField
        ids={nameIds}
        label={t('pathways.form.option.name')}
        error={nameError}
      >
        <input
          id={nameIds.control}
          className="text-input"
          value={option.name}
          onChange={(event) => onEdit({ name: event.target.value })}
          onBlur={() => touch(`${path}.name`)}
          {...describedBy(nameIds, undefined, nameError)}
        />
      </FormField>
    </fieldset>
  );
}
