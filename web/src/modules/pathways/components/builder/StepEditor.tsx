import { useTranslation } from 'react-i18next';

import {
  describedBy,
  type FieldIds,
  FormField,
} from '@/components/form/FormField';

import { newKey, type StepValues } from '../../pathway-form-model';
import { PATHWAY_LIMITS } from '../../pathway-validation';
import { BadgeDesignSearch } from './BadgeDesignSearch';
import { StepOptionList } from './StepOptionList';

export type MoveDirection = 'up' | 'down';

interface StepEditorProps {
  step: StepValues;
  index: number;
  stepCount: number;
  onChange: (patch: Partial<Omit<StepValues, 'key'>>) => void;
  onMove: (direction: MoveDirection) => void;
  onRemove: () => void;
  onAnnounce: (message: string) => void;
  errorOf: (field: string) => string | undefined;
  touch: (field: string) => void;
  idsOf: (field: string) => FieldIds;
}

/**
 * Renders one step of the builder: its title, how many of its badges are
 * needed, the badges, and buttons that move or remove it. The buttons are
 * the keyboard way to reorder steps.
 */
export function StepEditor({
  step,
  index,
  stepCount,
  onChange,
  onMove,
  onRemove,
  onAnnounce,
  errorOf,
  touch,
  idsOf,
}: StepEditorProps) {
  const { t } = useTranslation();
  const field = `steps.${index}`;
  const position = index + 1;
  const titleIds = idsOf(`${field}.title`);
  const titleError = errorOf(`${field}.title`);
  const countIds = idsOf(`${field}.requiredCount`);
  const countError = errorOf(`${field}.requiredCount`);
  const optionsError = errorOf(`${field}.options`);
  const total = step.options.length;
  const countHint =
    total === 0
      ? t('pathways.form.steps.requiredCountHintEmpty')
      : t('pathways.form.steps.requiredCountHint', {
          count: Number(step.requiredCount) || 0,
          total,
        });
  const chosenIds = step.options.flatMap((option) =>
    option.kind === 'local' ? [option.achievementId] : [],
  );
  const full = total >= PATHWAY_LIMITS.options;

  return (
    <fieldset className="step-editor" data-step-key={step.key}>
      <legend>{t('pathways.form.steps.legend', { position })}</legend>
      <div className="step-editor__tools">
        <button
          type="button"
          className="button button--secondary"
          data-move="up"
          disabled={index === 0}
          onClick={() => onMove('up')}
        >
          {t('pathways.form.steps.moveUp', { position })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-move="down"
          disabled={index === stepCount - 1}
          onClick={() => onMove('down')}
        >
          {t('pathways.form.steps.moveDown', { position })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={stepCount === 1}
          onClick={onRemove}
        >
          {t('pathways.form.steps.remove', { position })}
        </button>
      </div>
      <FormField
        ids={titleIds}
        label={t('pathways.form.steps.title')}
        error={titleError}
      >
        <input
          id={titleIds.control}
          className="text-input"
          value={step.title}
          onChange={(event) => onChange({ title: event.target.value })}
          onBlur={() => touch(`${field}.title`)}
          {...describedBy(titleIds, undefined, titleError)}
        />
      </FormField>
      <StepOptionList
        field={field}
        position={position}
        options={step.options}
        onChange={(options) => onChange({ options })}
        errorOf={errorOf}
        touch={touch}
        idsOf={idsOf}
      />
      {optionsError !== undefined && (
        <p className="error-text">{optionsError}</p>
      )}
      {!full && (
        <>
          <BadgeDesignSearch
            chosenIds={chosenIds}
            onAdd={(design) => {
              onChange({
                options: [
                  ...step.options,
                  {
                    key: newKey('option'),
                    kind: 'local',
                    achievementId: design.id,
                    name: design.name,
                  },
                ],
              });
              onAnnounce(
                t('pathways.form.search.addedNotice', {
                  name: design.name,
                  position,
                }),
              );
            }}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              onChange({
                options: [
                  ...step.options,
                  {
                    key: newKey('option'),
                    kind: 'external',
                    achievementUri: '',
                    issuerUri: '',
                    name: '',
                  },
                ],
              })
            }
          >
            {t('pathways.form.option.addExternal')}
          </button>
        </>
      )}
      <FormField
        ids={countIds}
        label={t('pathways.form.steps.requiredCount')}
        hint={countHint}
        error={countError}
      >
        <input
          id={countIds.control}
          className="text-input step-editor__count"
          type="number"
          inputMode="numeric"
          min={1}
          max={Math.max(total, 1)}
          step={1}
          value={step.requiredCount}
          onChange={(event) => onChange({ requiredCount: event.target.value })}
          onBlur={() => touch(`${field}.requiredCount`)}
          {...describedBy(countIds, countHint, countError)}
        />
      </FormField>
    </fieldset>
  );
}
