import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { PageOpportunity } from '../opportunity-types';
import { VenueMap } from './VenueMap';

/** Returns the lines of the venue's address, leaving out blanks and a place name already given. */
function addressLines(opportunity: PageOpportunity): string[] {
  const lines = [opportunity.venueName, opportunity.venueAddress]
    .map((line) => line?.trim() ?? '')
    .filter((line) => line !== '');
  const placeName = opportunity.place?.name;
  const placeNamed =
    placeName === undefined ||
    lines.some((line) => line.toLowerCase().includes(placeName.toLowerCase()));

  return placeNamed ? lines : [...lines, placeName];
}

/**
 * Renders where the opportunity happens: a map with the venue and its
 * address as text, or a note that it runs online.
 */
export function VenueSection({
  opportunity,
}: {
  opportunity: PageOpportunity;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const { location } = opportunity;
  const lines = addressLines(opportunity);
  const venue = lines[0] ?? opportunity.title;
  const address = lines.map((line) => <span key={line}>{line}</span>);

  return (
    <section className="opportunity-page__where" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('opportunityPage.venue.heading')}</h2>
      {opportunity.mode === 'ONLINE' && (
        <p>{t('opportunityPage.venue.online')}</p>
      )}
      {opportunity.mode !== 'ONLINE' && location !== null && (
        <figure
          className="venue-map"
          aria-label={t('opportunityPage.venue.mapLabel', { venue })}
        >
          <VenueMap location={location} colour={opportunity.sdgs[0]?.colour} />
          <figcaption className="venue-map__address">{address}</figcaption>
        </figure>
      )}
      {opportunity.mode !== 'ONLINE' && location === null && (
        <p className="venue-map__address">{address}</p>
      )}
    </section>
  );
}
