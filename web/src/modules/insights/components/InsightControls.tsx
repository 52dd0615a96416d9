import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describedBy, fieldIds, FormField } from '@/components/form/FormField';
import type { GridShape, InsightPeriod } from '@/gql/graphql';

import type { ControlErrors } from '../hooks/useCouncilInsights';
import {
  type InsightParamName,
  type InsightParams,
  isIsoDate,
} from '../insight-params';

type NumberName = 'cellKm' | 'gapDistanceKm' | 'fewThreshold';
type Draft = Record<InsightParamName, string>;

const NUMBER_LIMITS: Record<
  NumberName,
  { min: number; max: number; step: number }
> = {
  cellKm: { min: 0.5, max: 50, step: 0.5 },
  gapDistanceKm: { min: 0.5, max: 200, step: 0.5 },
  fewThreshold: { min: 0, max: 100, step: 1 },
};

function toDraft(params: InsightParams): Draft {
  return {
    ...params,
    cellKm: String(params.cellKm),
    gapDistanceKm: String(params.gapDistanceKm),
    fewThreshold: String(params.fewThreshold),
  };
}

/** Checks what the browser can: real dates and numbers. The API checks ranges. */
function checkDraft(draft: Draft): ControlErrors {
  const errors: ControlErrors = {};
  for (const name of ['from', 'to'] as const) {
    if (!isIsoDate(draft[name])) errors[name] = 'insights.controls.invalidDate';
  }
  for (const name of ['cellKm', 'gapDistanceKm', 'fewThreshold'] as const) {
    const text = draft[name].trim();
    if (text === '' || !Number.isFinite(Number(text))) {
      errors[name] = 'insights.controls.invalidNumber';
    }
  }

  return errors;
}

interface InsightControlsProps {
  params: InsightParams;
  /** The API's messages about the current settings, by setting. */
  serverErrors: ControlErrors;
  onApply: (params: InsightParams) => void;
}

/**
 * Renders the view's settings as a form. Nothing reloads until the form is
 * submitted, and the API's message about a setting shows under its control.
 */
export function InsightControls({
  params,
  serverErrors,
  onApply,
}: InsightControlsProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(params));
  const [checkErrors, setCheckErrors] = useState<ControlErrors>({});

  function errorOf(name: InsightParamName): string | undefined {
    const key = checkErrors[name];

    return key === undefined ? serverErrors[name] : t(key);
  }

  function update(name: InsightParamName, value: string) {
    setDraft((previous) => ({ ...previous, [name]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = checkDraft(draft);
    setCheckErrors(errors);
    if (Object.keys(errors).length > 0) return;
    onApply({
      from: draft.from,
      to: draft.to,
      period: draft.period as InsightPeriod,
      cellKm: Number(draft.cellKm),
      shape: draft.shape as GridShape,
      gapDistanceKm: Number(draft.gapDistanceKm),
      fewThreshold: Number(draft.fewThreshold),
    });
  }

  function field(
    name: InsightParamName,
    control: (ids: ReturnType<typeof fieldIds>, error?: string) => ReactNode,
    hint?: string,
  ) {
    const ids = fieldIds(baseId, name);
    const error = errorOf(name);

    return (
      <FormField
        ids={ids}
        label={t(`insights.controls.${name}`)}
        hint={hint}
        error={error}
      >
        {control(ids, error)}
      </FormField>
    );
  }

  function dateField(name: 'from' | 'to') {
    return field(name, (ids, error) => (
      <input
        id={ids.control}
        type="date"
        className="text-input"
        value={draft[name]}
        onChange={(event) => update(name, event.target.value)}
        {...describedBy(ids, undefined, error)}
      />
    ));
  }

  function numberField(name: NumberName) {
    const limits = NUMBER_LIMITS[name];
    const hint = t(`insights.controls.hints.${name}`, limits);

    return field(
      name,
      (ids, error) => (
        <input
          id={ids.control}
          type="number"
          inputMode="decimal"
          className="text-input"
          min={limits.min}
          max={limits.max}
          step={limits.step}
          value={draft[name]}
          onChange={(event) => update(name, event.target.value)}
          {...describedBy(ids, hint, error)}
        />
      ),
      hint,
    );
  }

  function selectField(name: 'period' | 'shape', choices: readonly string[]) {
    const group = name === 'period' ? 'periods' : 'shapes';

    return field(name, (ids, error) => (
      <select
        id={ids.control}
        className="select"
        value={draft[name]}
        onChange={(event) => update(name, event.target.value)}
        {...describedBy(ids, undefined, error)}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {t(`insights.controls.${group}.${choice}`)}
          </option>
        ))}
      </select>
    ));
  }

  return (
    <form className="insights-controls" noValidate onSubmit={submit}>
      <fieldset>
        <legend>{t('insights.controls.dates')}</legend>
        {dateField('from')}
        {dateField('to')}
      </fieldset>
      <fieldset>
        <legend>{t('insights.controls.chartsAndMap')}</legend>
        {selectField('period', ['MONTH', 'WEEK'])}
        {numberField('cellKm')}
        {selectField('shape', ['HEXAGON', 'SQUARE'])}
      </fieldset>
      <fieldset>
        <legend>{t('insights.controls.gaps')}</legend>
        {numberField('gapDistanceKm')}
        {numberField('fewThreshold')}
      </fieldset>
      <button type="submit" className="button">
        {t('insights.controls.apply')}
      </button>
    </form>
  );
}
