import { useTranslation } from 'react-i18next';

import type {
  PathwayDetailQuery,
  PathwayOpportunitiesQuery,
} from '@/gql/graphql';

type Pathway = NonNullable<PathwayDetailQuery['pathway']>;
type Step = PathwayOpportunitiesQuery['pathwayOpportunities'][number];

interface StepOpportunityListProps {
  pathway: Pathway;
  steps: Step[];
  onSelect: (opportunityId: string) => void;
}

/** Lists the opportunities on the map by step, nearest first: the map's twin. */
export function StepOpportunityList({
  pathway,
  steps,
  onSelect,
}: StepOpportunityListProps) {
  const { t } = useTranslation();
  const titles = new Map(pathway.steps.map((step) => [step.id, step.title]));

  return steps.map((step) => (
    <div key={step.stepId} className="step-opportunities">
      <h3>
        {t('pathways.stepLabel', { position: step.position })}
        {titles.get(step.stepId) ? `: ${titles.get(step.stepId)}` : ''}
      </h3>
      {step.opportunities.length === 0 ? (
        <p>{t('pathways.noOpportunities')}</p>
      ) : (
        <ol>
          {step.opportunities.map(({ opportunity, distanceKm }) => (
            <li key={opportunity.id}>
              <button
                type="button"
                className="button button--link"
                onClick={() => onSelect(opportunity.id)}
              >
                {distanceKm === null || distanceKm === undefined
                  ? opportunity.title
                  : t('pathways.opportunityDistance', {
                      title: opportunity.title,
                      distance: distanceKm.toFixed(1),
                    })}
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  ));
}
