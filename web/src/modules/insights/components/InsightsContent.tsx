import type { GeoJsonObject } from 'geojson';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { CouncilInsightsSummaryQuery } from '@/gql/graphql';
import { useReferenceData } from '@/modules/filters/hooks/useReferenceData';

import type { useCouncilInsights } from '../hooks/useCouncilInsights';
import type { InsightParams } from '../insight-params';
import { CsvLink } from './CsvLink';
import { DensitySection } from './DensitySection';
import { FigureSection } from './FigureSection';
import { FigureTable } from './FigureTable';
import { GapsSection } from './GapsSection';
import { OverTimeSection } from './OverTimeSection';
import { SuppressionNote } from './SuppressionNote';
import { TotalsTiles } from './TotalsTiles';

type Summary = CouncilInsightsSummaryQuery['councilInsights'];

interface InsightsContentProps {
  councilId: string;
  params: InsightParams;
  area: GeoJsonObject | null;
  summary: Summary;
  results: ReturnType<typeof useCouncilInsights>;
}

function PlacesSection({
  councilId,
  params,
  summary,
}: Pick<InsightsContentProps, 'councilId' | 'params' | 'summary'>) {
  const { t } = useTranslation();
  const headingId = useId();
  const caption = t('insights.tables.places');

  return (
    <section className="insights-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('insights.headings.places')}</h2>
      {summary.byPlace.length === 0 ? (
        <p>{t('insights.placesEmpty')}</p>
      ) : (
        <>
          <FigureTable
            caption={caption}
            groupHeading={t('insights.groups.places')}
            rows={summary.byPlace.map((figure) => ({
              key: figure.key,
              label: figure.label,
              figure,
            }))}
          />
          <CsvLink
            councilId={councilId}
            table="places"
            params={params}
            name={caption}
          />
        </>
      )}
    </section>
  );
}

/**
 * Renders the loaded insights: totals, the charts with their tables, the
 * density map and the gaps. Without opportunities in the window only the
 * map and the gaps remain, after a sentence that explains why.
 */
export function InsightsContent({
  councilId,
  params,
  area,
  summary,
  results,
}: InsightsContentProps) {
  const { t } = useTranslation();
  const { sdgs } = useReferenceData();
  const colours = new Map(sdgs.map((sdg) => [String(sdg.number), sdg.colour]));
  const empty = summary.totals.opportunities === 0;

  return (
    <>
      <TotalsTiles totals={summary.totals} />
      <SuppressionNote />
      {empty ? (
        <p className="notice">
          {t('insights.empty', { name: summary.council.name })}
        </p>
      ) : (
        <>
          <FigureSection
            councilId={councilId}
            params={params}
            table="sdgs"
            rows={summary.bySdg.map((figure) => ({
              key: figure.key,
              label: t('insights.sdgLabel', {
                number: figure.key,
                title: figure.label,
              }),
              colour: colours.get(figure.key),
              figure,
            }))}
          />
          <FigureSection
            councilId={councilId}
            params={params}
            table="skills"
            rows={summary.bySkill.map((figure) => ({
              key: figure.key,
              label: figure.label,
              figure,
            }))}
          />
          <OverTimeSection
            councilId={councilId}
            params={params}
            result={results.overTime}
          />
          <PlacesSection
            councilId={councilId}
            params={params}
            summary={summary}
          />
        </>
      )}
      <DensitySection
        councilId={councilId}
        params={params}
        area={area}
        result={results.density}
      />
      <GapsSection
        councilId={councilId}
        params={params}
        result={results.gaps}
      />
    </>
  );
}
