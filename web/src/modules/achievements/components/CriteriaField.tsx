import { useTranslation } from 'react-i18next';

import type { FieldIds } from '@/components/form/FormField';
import { MarkdownField } from '@/modules/listings/components/MarkdownField';

import { BADGE_LIMITS } from '../badge-form-model';

interface CriteriaFieldProps {
  ids: FieldIds;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/** Renders the badge's Markdown criteria with a preview. */
export function CriteriaField(props: CriteriaFieldProps) {
  const { t } = useTranslation();

  return (
    <MarkdownField
      {...props}
      rows={8}
      required
      text={{
        label: t('achievements.form.criteria.label'),
        hint: t('achievements.form.criteria.hint', {
          max: BADGE_LIMITS.criteriaNarrative,
        }),
        modes: t('achievements.form.criteria.modes'),
        write: t('achievements.form.criteria.write'),
        preview: t('achievements.form.criteria.preview'),
        previewLabel: t('achievements.form.criteria.previewLabel'),
        empty: t('achievements.form.criteria.empty'),
      }}
    />
  );
}
