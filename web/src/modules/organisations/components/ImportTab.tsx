import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { describedBy, fieldIds, FormField } from '@/components/form/FormField';

import { type ImportMode, useCsvImport } from '../hooks/useCsvImport';
import { IMPORT_TEMPLATE_URL } from '../import-columns';
import { ImportColumnReference } from './ImportColumnReference';
import { ImportReportTable } from './ImportReportTable';

function ImportProgress({
  mode,
  fileName,
}: {
  mode: ImportMode;
  fileName: string;
}) {
  const { t } = useTranslation();

  return (
    <div className="import-progress">
      <progress
        aria-label={t(`dashboard.import.progress.${mode}`, { fileName })}
      />
      <span>{t(`dashboard.import.progress.${mode}`, { fileName })}</span>
    </div>
  );
}

/**
 * Renders the CSV import: a template to download, a reference of the
 * columns and the file input. Choosing a file checks it at once (preview
 * mode), the report lists every problem, and the provider then imports the
 * valid rows or, when every row is valid, all of them in one transaction.
 */
export function ImportTab({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const baseId = useId();
  const fileIds = fieldIds(baseId, 'file');
  const templateHintId = `${baseId}-template`;
  const [file, setFile] = useState<File | null>(null);
  const csvImport = useCsvImport(organisationId);
  const { state, preview } = csvImport;
  const sending = state.status === 'sending';
  const result =
    state.status === 'done' && state.report.mode !== 'preview'
      ? state.report
      : null;
  const allOrNothingBlocked = preview !== null && preview.invalidRows > 0;

  function choose(chosen: File | null) {
    setFile(chosen);
    if (chosen === null) {
      csvImport.clear();

      return;
    }
    void csvImport.send(chosen, 'preview');
  }

  return (
    <section className="dashboard-section import-tab">
      <p>{t('dashboard.import.intro')}</p>
      <p>
        <a
          href={IMPORT_TEMPLATE_URL}
          download
          aria-describedby={templateHintId}
        >
          {t('dashboard.import.template')}
        </a>
      </p>
      <p id={templateHintId} className="hint">
        {t('dashboard.import.templateHint')}
      </p>
      <ImportColumnReference />
      <FormField
        ids={fileIds}
        label={t('dashboard.import.file')}
        hint={t('dashboard.import.fileHint')}
      >
        <input
          id={fileIds.control}
          type="file"
          accept=".csv,text/csv"
          className="file-input"
          disabled={sending}
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
          {...describedBy(fileIds, true, undefined)}
        />
      </FormField>
      <div role="status" className="import-tab__status">
        {sending && file !== null && (
          <ImportProgress mode={state.mode} fileName={file.name} />
        )}
        {result !== null &&
          t('dashboard.import.imported', { count: result.imported })}
      </div>
      {state.status === 'error' && (
        <ErrorMessage
          error={state.error}
          summaryKey={`dashboard.import.failed.${state.mode}`}
        />
      )}
      {result !== null && (
        <p>
          <Link to="?tab=listings">{t('dashboard.import.viewListings')}</Link>
        </p>
      )}
      {result !== null && result.imported === 0 && (
        <ImportReportTable report={result} />
      )}
      {preview !== null && result === null && file !== null && (
        <>
          <ImportReportTable report={preview} />
          <div className="import-tab__actions">
            <button
              type="button"
              className="button"
              disabled={sending || preview.validRows === 0}
              onClick={() => void csvImport.send(file, 'valid-rows')}
            >
              {t('dashboard.import.validRows', { count: preview.validRows })}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={sending || allOrNothingBlocked}
              aria-describedby={`${baseId}-all-or-nothing`}
              onClick={() => void csvImport.send(file, 'all-or-nothing')}
            >
              {t('dashboard.import.allOrNothing')}
            </button>
          </div>
          <p id={`${baseId}-all-or-nothing`} className="hint">
            {allOrNothingBlocked
              ? t('dashboard.import.allOrNothingBlocked', {
                  count: preview.invalidRows,
                })
              : t('dashboard.import.allOrNothingHelp')}
          </p>
        </>
      )}
    </section>
  );
}
