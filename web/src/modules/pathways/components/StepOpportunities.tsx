import 'leaflet/dist/leaflet.css';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, MapContainer, Tooltip } from 'react-leaflet';

import { ErrorMessage } from '@/components/ErrorMessage';
import type {
  NearInput,
  PathwayDetailQuery,
  PathwayOpportunitiesQuery,
} from '@/gql/graphql';
import { useQuery } from '@/lib/graphql/useQuery';
import { SearchAreaView } from '@/modules/map/components/SearchAreaView';
import { SettingsTileLayer } from '@/modules/map/components/SettingsTileLayer';
import { type GeoPoint, toLatLng, WORLD_VIEW } from '@/modules/map/geo';
import { OpportunityDetail } from '@/modules/opportunities/components/OpportunityDetail';

import { PathwayOpportunitiesQuery as Query } from '../graphql/pathways';
import { StepOpportunityList } from './StepOpportunityList';

type Pathway = NonNullable<PathwayDetailQuery['pathway']>;
type Step = PathwayOpportunitiesQuery['pathwayOpportunities'][number];

/** The radius of the search, the API's default for `pathwayOpportunities`. */
const RADIUS_KM = 25;

interface StepOpportunitiesProps {
  pathway: Pathway;
  centre: GeoPoint | null;
  near: NearInput | null;
}

function StepMarkers({
  steps,
  onSelect,
}: {
  steps: Step[];
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();

  return steps.flatMap((step) =>
    step.opportunities.flatMap(({ opportunity }) =>
      opportunity.location === null || opportunity.location === undefined
        ? []
        : [
            <CircleMarker
              key={`${step.stepId}-${opportunity.id}`}
              center={toLatLng(opportunity.location)}
              radius={8}
              eventHandlers={{ click: () => onSelect(opportunity.id) }}
            >
              <Tooltip>
                {t('pathways.stepLabel', { position: step.position })}:{' '}
                {opportunity.title}
              </Tooltip>
            </CircleMarker>,
          ],
    ),
  );
}

/**
 * Renders where each step the learner still needs can be earned near the
 * chosen place: a map and its list twin. Choosing an opportunity on
 * either opens its details.
 */
export function StepOpportunities({
  pathway,
  centre,
  near,
}: StepOpportunitiesProps) {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const result = useQuery(
    Query,
    near === null ? null : { pathwayId: pathway.id, near, missingOnly: true },
  );
  const steps: Step[] = result.data?.pathwayOpportunities ?? [];
  const allMet = pathway.myProgress?.complete === true;

  return (
    <section aria-labelledby="pathway-where-heading">
      <h2 id="pathway-where-heading">{t('pathways.whereHeading')}</h2>
      {near === null && <p>{t('pathways.whereIntro')}</p>}
      {near !== null && result.status === 'success' && steps.length === 0 && (
        <p>{allMet ? t('pathways.allMet') : t('pathways.noSteps')}</p>
      )}
      {result.status === 'loading' && (
        <p role="status">{t('pathways.loading')}</p>
      )}
      {result.status === 'error' && (
        <ErrorMessage
          error={result.error}
          summaryKey="pathways.failed"
          onRetry={result.retry}
        />
      )}
      <div
        className="map pathway-map"
        role="region"
        aria-label={t('pathways.mapLabel')}
      >
        <MapContainer
          center={WORLD_VIEW.centre}
          zoom={WORLD_VIEW.zoom}
          className="map__canvas"
        >
          <SettingsTileLayer />
          <SearchAreaView centre={centre} radiusKm={RADIUS_KM} />
          <StepMarkers steps={steps} onSelect={setSelectedId} />
        </MapContainer>
      </div>
      <StepOpportunityList
        pathway={pathway}
        steps={steps}
        onSelect={setSelectedId}
      />
      {selectedId !== null && (
        <OpportunityDetail
          key={selectedId}
          id={selectedId}
          onClose={() => setSelectedId(null)}
        />
      )}
    </section>
  );
}
