import { useTranslation } from 'react-i18next';

import { describedBy, FormField } from '@/components/form/FormField';

import { LocationPicker } from './LocationPicker';
import type { SectionProps } from './section-props';

/** Renders the venue name, address and location; online listings have none. */
export function VenueSection(props: SectionProps) {
  const { values, update, errorOf, touch, idsOf } = props;
  const { t } = useTranslation();
  const name = idsOf('venueName');
  const address = idsOf('venueAddress');

  if (values.mode === 'ONLINE') {
    return <p className="hint">{t('listingForm.venue.online')}</p>;
  }

  return (
    <fieldset className="listing-form__section">
      <legend>{t('listingForm.sections.venue')}</legend>
      <FormField
        ids={name}
        label={t('listingForm.venue.name')}
        error={errorOf('venueName')}
      >
        <input
          id={name.control}
          className="text-input"
          value={values.venueName}
          onChange={(event) => update({ venueName: event.target.value })}
          onBlur={() => touch('venueName')}
          {...describedBy(name, undefined, errorOf('venueName'))}
        />
      </FormField>
      <FormField
        ids={address}
        label={t('listingForm.venue.address')}
        error={errorOf('venueAddress')}
      >
        <textarea
          id={address.control}
          className="text-input"
          rows={2}
          value={values.venueAddress}
          onChange={(event) => update({ venueAddress: event.target.value })}
          onBlur={() => touch('venueAddress')}
          {...describedBy(address, undefined, errorOf('venueAddress'))}
        />
      </FormField>
      <LocationPicker
        latitude={values.latitude}
        longitude={values.longitude}
        onChange={(latitude, longitude) => update({ latitude, longitude })}
        onBlur={touch}
        idsOf={idsOf}
        errorOf={errorOf}
      />
    </fieldset>
  );
}
