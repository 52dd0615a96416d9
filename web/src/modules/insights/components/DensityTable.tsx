import L from 'leaflet';
import { useTranslation } from 'react-i18next';

import { fromLatLng } from '@/modules/map/geo';

import type { DensityCell } from './DensityMap';

/** Rows the table shows; the CSV download has every cell. */
const MAX_ROWS = 50;

/** Returns the centre of a cell's bounds, rounded to about 100 m. */
function cellCentre(cell: DensityCell) {
  const centre = fromLatLng(L.geoJSON(cell.polygon).getBounds().getCenter());

  return {
    latitude: centre.latitude.toFixed(3),
    longitude: centre.longitude.toFixed(3),
  };
}

interface DensityTableProps {
  cells: readonly DensityCell[];
  caption: string;
}

/**
 * Lists the cells with opportunities, most first, as the map's twin for
 * keyboard and screen-reader users, after a sentence that sums up the grid.
 */
export function DensityTable({ cells, caption }: DensityTableProps) {
  const { t } = useTranslation();
  const filled = cells
    .filter((cell) => cell.opportunities > 0)
    .sort((a, b) => b.opportunities - a.opportunities);
  const shown = filled.slice(0, MAX_ROWS);

  return (
    <>
      <p>
        {filled.length === 0
          ? t('insights.map.summaryEmpty', { total: cells.length })
          : t('insights.map.summary', {
              count: filled.length,
              total: cells.length,
              max: filled[0]!.opportunities,
            })}
      </p>
      {shown.length > 0 && (
        <div
          className="insights-table"
          tabIndex={0}
          role="region"
          aria-label={caption}
        >
          <table>
            <caption>
              {filled.length > MAX_ROWS
                ? t('insights.map.captionTruncated', {
                    caption,
                    shown: shown.length,
                    count: filled.length,
                  })
                : caption}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.map.columns.centre')}</th>
                <th scope="col" className="insights-table__number">
                  {t('insights.measures.opportunities')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((cell) => (
                <tr key={cell.id}>
                  <th scope="row">
                    {t('insights.map.centre', cellCentre(cell))}
                  </th>
                  <td className="insights-table__number">
                    {t('insights.number', { value: cell.opportunities })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
