import { useTranslation } from 'react-i18next';

import {
  insightCsvUrl,
  type InsightParams,
  type InsightTable,
} from '../insight-params';

interface CsvLinkProps {
  councilId: string;
  table: InsightTable;
  params: InsightParams;
  /** The table's caption, read after the link text by screen readers. */
  name: string;
}

/** Links to one table's CSV download with the view's current settings. */
export function CsvLink({ councilId, table, params, name }: CsvLinkProps) {
  const { t } = useTranslation();

  return (
    <p className="insights-csv">
      <a href={insightCsvUrl(councilId, table, params)} download>
        {t('insights.csv.link')}
        <span className="visually-hidden">: {name}</span>
      </a>
    </p>
  );
}
