import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { IMPORT_COLUMNS } from '../import-columns';

/**
 * Renders a collapsed table of the import columns: whether each is
 * required, the values it takes and an example.
 */
export function ImportColumnReference() {
  const { t } = useTranslation();
  const captionId = useId();

  return (
    <details className="import-reference">
      <summary>{t('dashboard.import.reference.summary')}</summary>
      <p>{t('dashboard.import.reference.intro')}</p>
      <div
        className="import-report__scroll"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        <table className="import-report__table">
          <caption id={captionId}>
            {t('dashboard.import.reference.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.import.reference.column')}</th>
              <th scope="col">{t('dashboard.import.reference.required')}</th>
              <th scope="col">{t('dashboard.import.reference.allowed')}</th>
              <th scope="col">{t('dashboard.import.reference.example')}</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_COLUMNS.map((column) => (
              <tr key={column}>
                <th scope="row">
                  <code>{column}</code>
                </th>
                <td>
                  {t(`dashboard.import.reference.columns.${column}.required`)}
                </td>
                <td>
                  {t(`dashboard.import.reference.columns.${column}.allowed`)}
                </td>
                <td>
                  <code>
                    {t(`dashboard.import.reference.columns.${column}.example`)}
                  </code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
