import { useTranslation } from 'react-i18next';

import type { PlaceFieldsFragment } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';

function countryName(countryCode: string, locale: string): string {
  try {
    return (
      new Intl.DisplayNames([locale], { type: 'region' }).of(countryCode) ??
      countryCode
    );
  } catch {
    return countryCode;
  }
}

interface PlaceOptionProps {
  place: PlaceFieldsFragment;
  id: string;
  active: boolean;
  onPick: (place: PlaceFieldsFragment) => void;
}

/** Renders one suggestion in the place search listbox. */
export function PlaceOption({ place, id, active, onPick }: PlaceOptionProps) {
  const { t } = useTranslation();
  const locale = useFormatLocale();

  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'place-option place-option--active' : 'place-option'}
      // Keeps focus in the input, so the click does not blur the combobox.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onPick(place)}
    >
      <span className="place-option__name">{place.name}</span>
      <span className="place-option__meta">
        {countryName(place.countryCode, locale)}
        {place.population > 0 &&
          ` · ${t('placeSearch.population', { population: place.population })}`}
      </span>
    </li>
  );
}
