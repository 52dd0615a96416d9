import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { PlaceFieldsFragment } from '@/gql/graphql';

import { usePlaceSuggestions } from '../hooks/usePlaceSuggestions';
import { PlaceOption } from './PlaceOption';

interface PlaceSearchProps {
  selectedPlace: PlaceFieldsFragment | null;
  onSelect: (place: PlaceFieldsFragment) => void;
}

/** Renders a place search box that follows the ARIA 1.2 combobox pattern. */
export function PlaceSearch({ selectedPlace, onSelect }: PlaceSearchProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const suggestions = usePlaceSuggestions(open ? text : '');
  const current = suggestions.search === text.trim();
  const places =
    current && suggestions.status === 'success' ? suggestions.places : [];
  const expanded = open && places.length > 0;
  const selectedName = selectedPlace?.name;

  useEffect(
    function showSelectedPlaceName() {
      // Clears the box when the search moves to the device position or the
      // map view, so it never names a place that is no longer searched.
      setText(selectedName ?? '');
    },
    [selectedName],
  );

  function pick(place: PlaceFieldsFragment) {
    setText(place.name);
    setOpen(false);
    setActiveIndex(-1);
    onSelect(place);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = places.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (count > 0) setActiveIndex((index) => (index + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (count > 0)
          setActiveIndex((index) => (index <= 0 ? count - 1 : index - 1));
        break;
      case 'Enter': {
        const place = places[activeIndex] ?? (expanded ? places[0] : undefined);
        if (place !== undefined) {
          event.preventDefault();
          pick(place);
        }
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setActiveIndex(-1);
        } else {
          // With the list closed, Escape undoes typing. The box returns to
          // the place being searched, or empties when there is none, so its
          // text matches the results.
          setText(selectedName ?? '');
        }
        break;
    }
  }

  function describeStatus(): string {
    if (!current || suggestions.status === 'loading') {
      return t('placeSearch.searching');
    }
    if (suggestions.status === 'error') return t('placeSearch.failed');
    if (places.length === 0) {
      return t('placeSearch.noResults', { search: suggestions.search });
    }

    return t('placeSearch.resultCount', { count: places.length });
  }

  return (
    <div className="place-search">
      <label htmlFor={`${baseId}-input`} className="field-label">
        {t('placeSearch.label')}
      </label>
      <input
        id={`${baseId}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        className="text-input"
        placeholder={t('placeSearch.placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={
          expanded && activeIndex >= 0
            ? `${baseId}-option-${activeIndex}`
            : undefined
        }
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActiveIndex(-1);
        }}
        onKeyDown={handleKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t('placeSearch.label')}
        className="place-search__listbox"
        hidden={!expanded}
      >
        {places.map((place, index) => (
          <PlaceOption
            key={place.id}
            id={`${baseId}-option-${index}`}
            place={place}
            active={index === activeIndex}
            onPick={pick}
          />
        ))}
      </ul>
      <p role="status" className="place-search__status">
        {open && text.trim().length >= 2 && describeStatus()}
      </p>
    </div>
  );
}
