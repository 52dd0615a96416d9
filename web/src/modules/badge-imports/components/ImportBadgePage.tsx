import '@/modules/verify/verify.css';
import '../badge-imports.css';

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { usePageTitle } from '@/lib/document/usePageTitle';
import {
  type TabItem,
  TabList,
} from '@/modules/registrations/components/TabList';

import { type ImportMethod, useBadgeImport } from '../hooks/useBadgeImport';
import { FileImportForm } from './FileImportForm';
import { ImportReport } from './ImportReport';
import { TextImportForm } from './TextImportForm';
import { UrlImportForm } from './UrlImportForm';

const METHODS: readonly ImportMethod[] = ['file', 'text', 'url'];

const FORMS = {
  file: FileImportForm,
  text: TextImportForm,
  url: UrlImportForm,
} as const;

/**
 * Renders the page where a learner imports a badge from elsewhere: a tab
 * for each way in (file, pasted text, URL) and the verification report of
 * the latest import. Every panel stays mounted while hidden, so switching
 * tabs keeps what was typed or chosen.
 */
export function ImportBadgePage() {
  const { t } = useTranslation();
  usePageTitle(t('badgeImports.import.title'));
  const baseId = useId();
  const [method, setMethod] = useState<ImportMethod>('file');
  const { pending, outcome, report, importBadge, replaceBadge } =
    useBadgeImport();
  const tabs: TabItem<ImportMethod>[] = METHODS.map((key) => ({
    key,
    label: t(`badgeImports.import.methods.${key}`),
  }));
  const idOf = (key: ImportMethod, part: 'tab' | 'panel') =>
    `${baseId}-${part}-${key}`;

  return (
    <main className="page badge-import">
      <h1>{t('badgeImports.import.title')}</h1>
      <p>{t('badgeImports.import.intro')}</p>
      <TabList
        tabs={tabs}
        selected={method}
        label={t('badgeImports.import.methodsLabel')}
        idOf={idOf}
        onSelect={setMethod}
      />
      {METHODS.map((key) => {
        const Form = FORMS[key];

        return (
          <div
            key={key}
            id={idOf(key, 'panel')}
            role="tabpanel"
            aria-labelledby={idOf(key, 'tab')}
            className="tabs__panel"
            hidden={key !== method}
            tabIndex={0}
          >
            <Form
              pending={pending === key}
              disabled={pending !== null && pending !== key}
              onImport={importBadge}
            />
          </div>
        );
      })}
      <p role="status" className="badge-import__progress">
        {pending !== null && t('badgeImports.import.progress')}
        {outcome !== null &&
          t('badgeImports.import.announce', {
            name: outcome.badge.name ?? t('badgeImports.unnamed'),
            status: t(`badgeImports.status.${outcome.badge.status}`),
          })}
      </p>
      {/* The report has its own link back to My badges. */}
      {report === null ? (
        <p>
          <Link to="/my/badges">{t('badgeImports.import.backToMyBadges')}</Link>
        </p>
      ) : (
        <ImportReport outcome={report} onReverified={replaceBadge} />
      )}
    </main>
  );
}
