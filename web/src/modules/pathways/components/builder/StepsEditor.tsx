import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { FieldIds } from '@/components/form/FormField';

import type { PathwayForm } from '../../hooks/usePathwayForm';
import { PATHWAY_LIMITS } from '../../pathway-validation';
import { type MoveDirection, StepEditor } from './StepEditor';

interface StepsEditorProps {
  form: PathwayForm;
  idsOf: (field: string) => FieldIds;
  onAnnounce: (message: string) => void;
}

/** The focus target after a move: the same button of the moved step, or its twin. */
interface FocusRequest {
  stepKey: string;
  direction: MoveDirection;
}

/** Renders the list of steps with "Add a step" below it. */
export function StepsEditor({ form, idsOf, onAnnounce }: StepsEditorProps) {
  const { t } = useTranslation();
  const steps = form.values.steps;
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const stepsError = form.errorOf('steps');

  useEffect(
    function keepFocusOnMovedStep() {
      if (focusRequest === null) return;
      const fieldset = document.querySelector(
        `[data-step-key="${focusRequest.stepKey}"]`,
      );
      const other = focusRequest.direction === 'up' ? 'down' : 'up';
      const target = [focusRequest.direction, other]
        .map((direction) =>
          fieldset?.querySelector<HTMLButtonElement>(
            `[data-move="${direction}"]`,
          ),
        )
        .find((button) => button !== null && button?.disabled === false);
      target?.focus();
    },
    [focusRequest],
  );

  function move(index: number, direction: MoveDirection) {
    const to = direction === 'up' ? index - 1 : index + 1;
    form.steps.move(index, to);
    setFocusRequest({ stepKey: steps[index]!.key, direction });
    onAnnounce(t('pathways.form.steps.moved', { position: to + 1 }));
  }

  function remove(index: number) {
    form.steps.remove(index);
    onAnnounce(t('pathways.form.steps.removed', { position: index + 1 }));
  }

  function add() {
    form.steps.add();
    onAnnounce(t('pathways.form.steps.added', { position: steps.length + 1 }));
  }

  return (
    <section aria-labelledby={`${idsOf('steps').control}-heading`}>
      <h2 id={`${idsOf('steps').control}-heading`}>
        {t('pathways.form.steps.heading')}
      </h2>
      <p className="hint">
        {t('pathways.form.steps.hint', { max: PATHWAY_LIMITS.steps })}
      </p>
      {stepsError !== undefined && <p className="error-text">{stepsError}</p>}
      <ol className="steps-editor">
        {steps.map((step, index) => (
          <li key={step.key}>
            <StepEditor
              step={step}
              index={index}
              stepCount={steps.length}
              onChange={(patch) => form.steps.update(index, patch)}
              onMove={(direction) => move(index, direction)}
              onRemove={() => remove(index)}
              onAnnounce={onAnnounce}
              errorOf={form.errorOf}
              touch={form.touch}
              idsOf={idsOf}
            />
          </li>
        ))}
      </ol>
      {steps.length < PATHWAY_LIMITS.steps && (
        <button type="button" className="button" onClick={add}>
          {t('pathways.form.steps.add')}
        </button>
      )}
    </section>
  );
}
