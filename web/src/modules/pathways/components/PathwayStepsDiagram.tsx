import { useTranslation } from 'react-i18next';

import type { PathwayDetailQuery } from '@/gql/graphql';

type Pathway = NonNullable<PathwayDetailQuery['pathway']>;
type Step = Pathway['steps'][number];
type StepProgress = NonNullable<Pathway['myProgress']>['steps'][number];

/** A mark per state, shown beside the state in words. */
const STATE_MARKS: Record<StepProgress['state'], string> = {
  MET: '✓',
  WAITING: '…',
  NOT_MET: '○',
};

function groupText(
  t: ReturnType<typeof useTranslation>['t'],
  step: Step,
): string {
  if (step.options.length === 1) return t('pathways.oneOf');
  if (step.requiredCount === step.options.length) {
    return t('pathways.allOf', { count: step.requiredCount });
  }

  return t('pathways.anyOf', { count: step.requiredCount });
}

function StepCard({
  step,
  progress,
}: {
  step: Step;
  progress: StepProgress | undefined;
}) {
  const { t } = useTranslation();
  const held = new Set(
    progress?.contributions.map((badge) => badge.achievementUri) ?? [],
  );

  return (
    <div
      className={`pathway-flow__card pathway-flow__card--${progress?.state ?? 'NONE'}`}
    >
      <h3>
        {t('pathways.stepLabel', { position: step.position })}
        {step.title ? `: ${step.title}` : ''}
      </h3>
      <p>{groupText(t, step)}</p>
      <ul className="pathway-flow__options">
        {step.options.map((option) => (
          <li key={option.achievementUri}>
            {option.achievement?.name ?? option.name}
            {held.has(option.achievementUri) && (
              <> {t('pathways.heldOption')}</>
            )}
            {option.issuerUri && (
              <span className="pathway-flow__issuer">
                {t('pathways.issuedBy', { issuer: option.issuerUri })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {progress !== undefined && (
        <p className="pathway-flow__state">
          <span aria-hidden="true" className="pathway-flow__mark">
            {STATE_MARKS[progress.state]}
          </span>{' '}
          <strong>
            {t(`pathways.state.${progress.state}`, {
              step: progress.waitingForStep,
            })}
          </strong>{' '}
          {t('pathways.held', {
            held: progress.heldCount,
            required: step.requiredCount,
          })}
        </p>
      )}
    </div>
  );
}

/**
 * Shows the steps as a flow: a numbered list joined by arrows for ordered
 * pathways, an unordered group otherwise, each step with its any-N group
 * and the learner's state. The list is the text equivalent, so screen
 * readers hear every fact that the arrows and colours show.
 */
export function PathwayStepsDiagram({ pathway }: { pathway: Pathway }) {
  const { t } = useTranslation();
  const progress = new Map(
    (pathway.myProgress?.steps ?? []).map((step) => [step.stepId, step]),
  );
  const List = pathway.ordered ? 'ol' : 'ul';
  const myProgress = pathway.myProgress;

  return (
    <section aria-labelledby="pathway-steps-heading">
      <h2 id="pathway-steps-heading">{t('pathways.stepsHeading')}</h2>
      <p>{pathway.ordered ? t('pathways.ordered') : t('pathways.free')}</p>
      {myProgress && (
        <p>
          {myProgress.complete
            ? t('pathways.complete')
            : t('pathways.progress', {
                met: myProgress.metCount,
                total: myProgress.stepCount,
              })}
        </p>
      )}
      <List
        className={`pathway-flow pathway-flow--${pathway.ordered ? 'ordered' : 'free'}`}
      >
        {pathway.steps.map((step) => (
          <li key={step.id} className="pathway-flow__step">
            <StepCard step={step} progress={progress.get(step.id)} />
          </li>
        ))}
      </List>
    </section>
  );
}
