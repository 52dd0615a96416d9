import { useTranslation } from 'react-i18next';

import type { FieldIds } from '@/components/form/FormField';

import { MarkdownField } from './MarkdownField';

interface DescriptionFieldProps {
  ids: FieldIds;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/** Renders the listing's Markdown description with a preview. */
export function DescriptionField(props: DescriptionFieldProps) {
  const { t } = useTranslation();

  return (
    <MarkdownField
      {...props}
      rows={10}
      text={{
        label: t('listingForm.description.label'),
        hint: t('listingForm.description.hint'),
        modes: t('listingForm.description.modes'),
        write: t('listingForm.description.write'),
        preview: t('listingForm.description.preview'),
        previewLabel: t('listingForm.description.previewLabel'),
        empty: t('listingForm.description.empty'),
      }}
    />
  );
}
