import { useEffect, useRef, useState } from 'react';

import { splitInputErrors } from '../input-errors';

/** Returns the form field that shows the API's message for an input path. */
function formFieldOf(path: string): string | null {
  const head = path.split('.')[0] ?? '';
  switch (head) {
    case 'kind':
    case 'title':
    case 'description':
    case 'sdgs':
    case 'skills':
      return head;
    case 'location':
    case 'placeId':
      return 'place';
    default:
      return null;
  }
}

/**
 * Places a failed proposal's BAD_USER_INPUT messages at the fields they
 * name, until the person changes that field, and leaves the other errors
 * for a summary. After a failure, focus moves to the first marked field,
 * or to the summary when no field is marked.
 */
export function useProposalFormErrors(error: unknown, baseId: string) {
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const failure = splitInputErrors(error, 'input.proposal.', formFieldOf);
  const errorId = (field: string) => `${baseId}-${field}-error`;
  const errorOf = (field: string) =>
    edited.has(field) ? undefined : failure.fields[field];

  useEffect(
    function focusFirstProblem() {
      if (error === undefined) return;
      const invalid = form.current?.querySelector<HTMLElement>(
        '[aria-invalid="true"]',
      );
      // A group such as a fieldset cannot take focus, so its first control does.
      const target = invalid?.matches('fieldset')
        ? invalid.querySelector<HTMLElement>('input, select, textarea')
        : invalid;
      (target ?? summary.current)?.focus();
    },
    [error],
  );

  return {
    form,
    summary,
    rest: failure.rest,
    fieldCount: Object.keys(failure.fields).length,
    errorId,
    errorOf,
    /** Returns the `aria-*` props that mark a control and name its message. */
    errorProps(field: string, describedBy?: string) {
      const message = errorOf(field);
      const ids = [describedBy, message && errorId(field)].filter(Boolean);

      return {
        'aria-invalid': message === undefined ? undefined : true,
        'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
      };
    },
    fieldError(field: string) {
      const message = errorOf(field);

      return (
        message !== undefined && (
          <p id={errorId(field)} className="error-text">
            {message}
          </p>
        )
      );
    },
    /** Hides the API's message of a field once the person changes it. */
    markEdited(field: string) {
      setEdited((previous) =>
        previous.has(field) ? previous : new Set(previous).add(field),
      );
    },
    clearEdited() {
      setEdited(new Set());
    },
  };
}
