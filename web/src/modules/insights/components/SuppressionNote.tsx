import { useTranslation } from 'react-i18next';

/** Explains `<5` and the gaps it leaves in charts. */
export function SuppressionNote({ id }: { id?: string }) {
  const { t } = useTranslation();

  return (
    <p id={id} className="notice insights-suppression">
      {t('insights.suppressed.note')}
    </p>
  );
}
