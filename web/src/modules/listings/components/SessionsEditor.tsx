import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  describedBy,
  type FieldIds,
  FormField,
} from '@/components/form/FormField';

import { newSessionRow, type SessionRow } from '../listing-form-model';
import {
  browserTimeZone,
  timeZoneOptions,
  wallTimeToInstant,
} from '../time-zone';

interface SessionsEditorProps {
  sessions: SessionRow[];
  onChange: (sessions: SessionRow[]) => void;
  onBlur: (field: string) => void;
  idsOf: (field: string) => FieldIds;
  errorOf: (field: string) => string | undefined;
}

type WallField = 'startsAt' | 'endsAt';

function useFitHint(row: SessionRow, field: WallField): string | undefined {
  const { t } = useTranslation();
  const instant = wallTimeToInstant(row[field], row.timeZone);
  if (instant === null || instant.fit === 'exact') return undefined;

  return t(`listingForm.sessions.${instant.fit}`, { zone: row.timeZone });
}

interface WallTimeInputProps {
  row: SessionRow;
  path: string;
  field: WallField;
  inputRef?: (element: HTMLInputElement | null) => void;
  onChange: (value: string) => void;
  props: Omit<SessionsEditorProps, 'sessions' | 'onChange'>;
}

function WallTimeInput({
  row,
  path,
  field,
  inputRef,
  onChange,
  props,
}: WallTimeInputProps) {
  const { t } = useTranslation();
  const ids = props.idsOf(`${path}.${field}`);
  const error = props.errorOf(`${path}.${field}`);
  const hint = useFitHint(row, field);

  return (
    <FormField
      ids={ids}
      label={t(`listingForm.sessions.${field}`)}
      hint={hint}
      error={error}
    >
      <input
        ref={inputRef}
        id={ids.control}
        type="datetime-local"
        className="text-input"
        value={row[field]}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => props.onBlur(`${path}.${field}`)}
        {...describedBy(ids, hint, error)}
      />
    </FormField>
  );
}

/**
 * Renders one fieldset per session with its start, end and time zone, and
 * buttons to add and remove sessions. Times are wall times in the row's
 * zone, which defaults to the browser's.
 */
export function SessionsEditor(props: SessionsEditorProps) {
  const { sessions, onChange } = props;
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  const startInputs = useRef(new Map<string, HTMLInputElement>());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  // Keyed on the zones in use, not the rows, so typing a time does not
  // rebuild the list of about 400 zones.
  const zonesInUse = sessions.map((session) => session.timeZone).join(' ');
  const zoneOptions = useMemo(
    () =>
      timeZoneOptions([browserTimeZone(), ...zonesInUse.split(' ')]).map(
        (zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ),
      ),
    [zonesInUse],
  );
  const listError = props.errorOf('sessions');

  useEffect(
    function focusAddedRow() {
      if (focusKey === null) return;
      startInputs.current.get(focusKey)?.focus();
      setFocusKey(null);
    },
    [focusKey],
  );

  function update(index: number, patch: Partial<SessionRow>) {
    onChange(
      sessions.map((row, at) => (at === index ? { ...row, ...patch } : row)),
    );
  }

  function add() {
    // A new row takes the zone of the one before, as sessions of one
    // listing usually share a venue.
    const row = newSessionRow(sessions.at(-1)?.timeZone ?? browserTimeZone());
    onChange([...sessions, row]);
    setFocusKey(row.key);
  }

  function remove(index: number) {
    onChange(sessions.filter((_, at) => at !== index));
    addButton.current?.focus();
  }

  return (
    <fieldset className="sessions-editor">
      <legend>{t('listingForm.sessions.legend')}</legend>
      {sessions.length === 0 && (
        <p className="hint">{t('listingForm.sessions.none')}</p>
      )}
      {listError !== undefined && <p className="error-text">{listError}</p>}
      {sessions.map((row, index) => {
        const path = `sessions.${index}`;
        const zoneIds = props.idsOf(`${path}.timeZone`);
        const zoneError = props.errorOf(`${path}.timeZone`);

        return (
          <fieldset key={row.key} className="sessions-editor__row">
            <legend>
              {t('listingForm.sessions.rowLegend', { number: index + 1 })}
            </legend>
            <WallTimeInput
              row={row}
              path={path}
              field="startsAt"
              inputRef={(element) => {
                if (element === null) startInputs.current.delete(row.key);
                else startInputs.current.set(row.key, element);
              }}
              onChange={(startsAt) => update(index, { startsAt })}
              props={props}
            />
            <WallTimeInput
              row={row}
              path={path}
              field="endsAt"
              onChange={(endsAt) => update(index, { endsAt })}
              props={props}
            />
            <FormField
              ids={zoneIds}
              label={t('listingForm.sessions.timeZone')}
              error={zoneError}
            >
              <select
                id={zoneIds.control}
                className="select"
                value={row.timeZone}
                onChange={(event) =>
                  update(index, { timeZone: event.target.value })
                }
                onBlur={() => props.onBlur(`${path}.timeZone`)}
                {...describedBy(zoneIds, undefined, zoneError)}
              >
                {zoneOptions}
              </select>
            </FormField>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => remove(index)}
            >
              {t('listingForm.sessions.remove', { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        ref={addButton}
        type="button"
        className="button button--secondary"
        onClick={add}
      >
        {t('listingForm.sessions.add')}
      </button>
    </fieldset>
  );
}
