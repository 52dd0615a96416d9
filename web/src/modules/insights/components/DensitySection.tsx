import type { GeoJsonObject, Polygon } from 'geojson';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { CouncilInsightsDensityQuery } from '@/gql/graphql';
import type { QueryResult } from '@/lib/graphql/useQuery';

import { densityClasses } from '../density-classes';
import type { InsightParams } from '../insight-params';
import { CsvLink } from './CsvLink';
import { DensityLegend } from './DensityLegend';
import { type DensityCell, DensityMap } from './DensityMap';
import { DensityTable } from './DensityTable';
import { SectionStatus } from './SectionStatus';

type GridCell =
  CouncilInsightsDensityQuery['councilInsights']['densityGrid'][number];

/** Parses the cells' GeoJSON text, leaving out any that is not a Polygon. */
function parseCells(cells: readonly GridCell[]): DensityCell[] {
  return cells.flatMap((cell) => {
    try {
      const polygon = JSON.parse(cell.polygon) as Polygon;

      return polygon.type === 'Polygon'
        ? [{ id: cell.id, polygon, opportunities: cell.opportunities }]
        : [];
    } catch {
      return [];
    }
  });
}

interface DensitySectionProps {
  councilId: string;
  params: InsightParams;
  area: GeoJsonObject | null;
  result: QueryResult<CouncilInsightsDensityQuery>;
}

/** Renders the density map with its legend, table twin and CSV link. */
export function DensitySection({
  councilId,
  params,
  area,
  result,
}: DensitySectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const grid = result.data?.councilInsights.densityGrid;
  const cells = useMemo(() => parseCells(grid ?? []), [grid]);
  const max = cells.reduce((top, cell) => Math.max(top, cell.opportunities), 0);
  const classes = densityClasses(max);
  const shape = t(`insights.map.shapes.${params.shape}`);
  const caption = t('insights.tables.density', {
    cellKm: params.cellKm,
    shape,
  });

  return (
    <section className="insights-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('insights.headings.density')}</h2>
      <p className="hint">
        {t('insights.map.intro', { cellKm: params.cellKm, shape })}
      </p>
      <SectionStatus result={result} />
      <DensityMap
        area={area}
        cells={cells}
        classes={classes}
        label={t('insights.map.label')}
      />
      {result.data !== undefined && (
        <>
          <DensityLegend classes={classes} />
          <DensityTable cells={cells} caption={caption} />
          <CsvLink
            councilId={councilId}
            table="density"
            params={params}
            name={caption}
          />
        </>
      )}
    </section>
  );
}
