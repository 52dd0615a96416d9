import { useTranslation } from 'react-i18next';

import type { ImportReport } from '../hooks/useCsvImport';

/** Renders the counts of a checked file and a table of every problem. */
export function ImportReportTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const problems = report.rows.flatMap((row) =>
    row.problems.map((problem, index) => ({ row, problem, index })),
  );

  return (
    <div className="import-report">
      <p className="import-report__counts">
        {t('dashboard.import.counts', {
          count: report.totalRows,
          valid: report.validRows,
          invalid: report.invalidRows,
        })}
      </p>
      {problems.length === 0 ? (
        <p>{t('dashboard.import.allValid')}</p>
      ) : (
        <div className="import-report__scroll">
          <table className="import-report__table">
            <caption>
              {t('dashboard.import.tableCaption', { count: problems.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.import.columns.row')}</th>
                <th scope="col">{t('dashboard.import.columns.title')}</th>
                <th scope="col">{t('dashboard.import.columns.column')}</th>
                <th scope="col">{t('dashboard.import.columns.value')}</th>
                <th scope="col">{t('dashboard.import.columns.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map(({ row, problem, index }) => (
                <tr key={`${row.row}-${index}`}>
                  <th scope="row">{row.row}</th>
                  <td>{row.title}</td>
                  <td>
                    <code>{problem.column}</code>
                  </td>
                  <td>
                    {problem.value === '' ? (
                      <span className="hint">
                        {t('dashboard.import.emptyValue')}
                      </span>
                    ) : (
                      problem.value
                    )}
                  </td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
