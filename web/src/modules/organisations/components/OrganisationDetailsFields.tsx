import { useTranslation } from 'react-i18next';

import {
  describedBy,
  type FieldIds,
  FormField,
} from '@/components/form/FormField';

import type { OrganisationDetails } from '../organisation-rules';

interface OrganisationDetailsFieldsProps {
  values: OrganisationDetails;
  onChange: (patch: Partial<OrganisationDetails>) => void;
  onBlur: (field: keyof OrganisationDetails) => void;
  idsOf: (field: string) => FieldIds;
  errorOf: (field: string) => string | undefined;
  disabled?: boolean;
}

/** Renders an organisation's name, description and website inputs. */
export function OrganisationDetailsFields({
  values,
  onChange,
  onBlur,
  idsOf,
  errorOf,
  disabled = false,
}: OrganisationDetailsFieldsProps) {
  const { t } = useTranslation();
  const name = idsOf('name');
  const description = idsOf('description');
  const website = idsOf('website');
  const websiteHint = t('organisationForm.websiteHint');

  return (
    <>
      <FormField
        ids={name}
        label={t('organisationForm.name')}
        error={errorOf('name')}
      >
        <input
          id={name.control}
          className="text-input"
          required
          disabled={disabled}
          value={values.name}
          onChange={(event) => onChange({ name: event.target.value })}
          onBlur={() => onBlur('name')}
          {...describedBy(name, undefined, errorOf('name'))}
        />
      </FormField>
      <FormField
        ids={description}
        label={t('organisationForm.description')}
        error={errorOf('description')}
      >
        <textarea
          id={description.control}
          className="text-input"
          rows={4}
          disabled={disabled}
          value={values.description}
          onChange={(event) => onChange({ description: event.target.value })}
          onBlur={() => onBlur('description')}
          {...describedBy(description, undefined, errorOf('description'))}
        />
      </FormField>
      <FormField
        ids={website}
        label={t('organisationForm.website')}
        hint={websiteHint}
        error={errorOf('website')}
      >
        <input
          id={website.control}
          type="url"
          inputMode="url"
          className="text-input"
          disabled={disabled}
          value={values.website}
          onChange={(event) => onChange({ website: event.target.value })}
          onBlur={() => onBlur('website')}
          {...describedBy(website, websiteHint, errorOf('website'))}
        />
      </FormField>
    </>
  );
}
