import { useState } from 'react';

import {
  describedBy,
  type FieldIds,
  FormField,
} from '@/components/form/FormField';
import { Markdown } from '@/modules/opportunities/components/Markdown';

/** The visible words of a Markdown field, already translated. */
export interface MarkdownFieldText {
  label: string;
  hint: string;
  /** Accessible name of the Write/Preview button group. */
  modes: string;
  write: string;
  preview: string;
  /** Accessible name of the preview region. */
  previewLabel: string;
  /** Shown in the preview while the text is empty. */
  empty: string;
}

interface MarkdownFieldProps {
  ids: FieldIds;
  text: MarkdownFieldText;
  value: string;
  error: string | undefined;
  rows: number;
  required?: boolean;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/**
 * Renders a Markdown textarea with Write and Preview buttons. The preview
 * uses the same sanitised renderer as the public pages.
 */
export function MarkdownField({
  ids,
  text,
  value,
  error,
  rows,
  required = false,
  onChange,
  onBlur,
}: MarkdownFieldProps) {
  const [previewing, setPreviewing] = useState(false);
  // A failed check shows the text again, so the invalid field can take focus.
  const showPreview = previewing && error === undefined;

  return (
    <FormField ids={ids} label={text.label} hint={text.hint} error={error}>
      <div
        className="description-field__modes"
        role="group"
        aria-label={text.modes}
      >
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={!showPreview}
          onClick={() => setPreviewing(false)}
        >
          {text.write}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={showPreview}
          onClick={() => setPreviewing(true)}
        >
          {text.preview}
        </button>
      </div>
      <textarea
        id={ids.control}
        className="text-input description-field__text"
        rows={rows}
        required={required}
        hidden={showPreview}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        {...describedBy(ids, text.hint, error)}
      />
      {showPreview && (
        <section
          className="description-field__preview"
          aria-label={text.previewLabel}
        >
          {value.trim() === '' ? (
            <p className="hint">{text.empty}</p>
          ) : (
            <Markdown source={value} />
          )}
        </section>
      )}
    </FormField>
  );
}
