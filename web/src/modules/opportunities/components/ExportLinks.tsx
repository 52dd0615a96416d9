import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

import type { SearchVariables } from '@/app/search-area';

import { EXPORT_FORMATS, EXPORT_ROW_LIMIT, exportUrl } from '../export-links';

interface ExportLinksProps {
  search: SearchVariables;
  totalCount: number;
}

/**
 * Renders download links for the results of a search, as GeoJSON and CSV.
 * The files come from the API with the same area and filters as the list.
 */
export function ExportLinks({ search, totalCount }: ExportLinksProps) {
  const { t } = useTranslation();

  return (
    <div className="results__export">
      <p>
        {t('opportunityPage.export.label')}{' '}
        {EXPORT_FORMATS.map((format, index) => (
          <Fragment key={format}>
            {index > 0 && ', '}
            <a href={exportUrl(format, search)} download>
              {t(`opportunityPage.export.${format}`)}
            </a>
          </Fragment>
        ))}
      </p>
      {totalCount > EXPORT_ROW_LIMIT && (
        <p className="hint">
          {t('opportunityPage.export.limit', { max: EXPORT_ROW_LIMIT })}
        </p>
      )}
    </div>
  );
}
