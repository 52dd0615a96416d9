import { AccessibilitySupport } from '../../opportunities/opportunity.entity.js';
import { providerUrl } from '../records/open-data-urls.js';
import type { OpportunityRecord } from '../records/opportunity-record.js';
import {
  attendsInPerson,
  attendsOnline,
  majorUnitPrice,
} from '../records/record-values.js';

/** A JSON-LD object of the feed's `data`. */
export type JsonLd = Record<string, unknown>;

export const OPENACTIVE_CONTEXT = 'https://openactive.io/';

const ACCESSIBILITY_SCHEME = 'https://openactive.io/accessibility-support';

/** The concepts of OpenActive's accessibility-support vocabulary. */
const ACCESSIBILITY_CONCEPTS: Record<
  AccessibilitySupport,
  { id: string; label: string }
> = {
  [AccessibilitySupport.VISUAL_IMPAIRMENT]: {
    id: '1393f2dc-3fcc-4be9-a99f-f1e51f5ad277',
    label: 'Visual impairment',
  },
  [AccessibilitySupport.HEARING_IMPAIRMENT]: {
    id: '2bfb7228-5969-4927-8435-38b5005a8771',
    label: 'Hearing impairment',
  },
  [AccessibilitySupport.PHYSICAL_IMPAIRMENT]: {
    id: 'dd026873-6713-4ea1-af5a-08901f651d98',
    label: 'Physical impairment',
  },
  [AccessibilitySupport.LEARNING_IMPAIRMENT]: {
    id: '67902468-fd49-4238-8650-20a22d7f0e40',
    label: 'Learning impairment',
  },
  [AccessibilitySupport.MENTAL_HEALTH]: {
    id: '40b9b11f-bdd3-4aeb-8984-2ecf74a14c7a',
    label: 'Mental health issues',
  },
  [AccessibilitySupport.SOCIAL_OR_BEHAVIOURAL]: {
    id: '69b689d4-be04-4e6d-be56-4ac72ec82444',
    label: 'Social or behavioural problems',
  },
};

export function accessibilityConcepts(record: OpportunityRecord): JsonLd[] {
  return record.accessibilitySupport.map((group) => {
    const concept = ACCESSIBILITY_CONCEPTS[group];

    return {
      '@type': 'Concept',
      '@id': `${ACCESSIBILITY_SCHEME}#${concept.id}`,
      prefLabel: concept.label,
      inScheme: ACCESSIBILITY_SCHEME,
    };
  });
}

export function organizerOf(record: OpportunityRecord, publicUrl: string) {
  return {
    '@type': 'Organization',
    '@id': `${publicUrl}/organisations/${record.provider.id}`,
    identifier: record.provider.id,
    name: record.provider.name,
    url: providerUrl(publicUrl, record.provider),
  };
}

/**
 * Builds the venue as a Place, and for online or hybrid opportunities a
 * VirtualLocation. The joining link is sent to registered learners, so the
 * feed has none.
 */
export function locationsOf(record: OpportunityRecord): JsonLd {
  const parts: JsonLd = {};
  if (attendsInPerson(record) && record.location !== null) {
    parts.location = {
      '@type': 'Place',
      name: record.venueName ?? record.placeName ?? record.title,
      ...(record.venueAddress === null
        ? {}
        : {
            address: {
              '@type': 'PostalAddress',
              streetAddress: record.venueAddress,
              ...(record.placeName === null
                ? {}
                : { addressLocality: record.placeName }),
            },
          }),
      geo: {
        '@type': 'GeoCoordinates',
        latitude: record.location.latitude,
        longitude: record.location.longitude,
      },
    };
  }
  if (attendsOnline(record)) {
    parts.virtualLocation = { '@type': 'VirtualLocation', name: 'Online' };
  }
  parts.eventAttendanceMode = attendanceModeOf(record);

  return parts;
}

function attendanceModeOf(record: OpportunityRecord): string {
  if (!attendsOnline(record)) {
    return 'https://schema.org/OfflineEventAttendanceMode';
  }

  return attendsInPerson(record)
    ? 'https://schema.org/MixedEventAttendanceMode'
    : 'https://schema.org/OnlineEventAttendanceMode';
}

/** Returns the age range, or null when the listing sets neither bound. */
export function ageRangeOf(record: OpportunityRecord): JsonLd | null {
  if (record.minAge === null && record.maxAge === null) return null;

  return {
    '@type': 'QuantitativeValue',
    ...(record.minAge === null ? {} : { minValue: record.minAge }),
    ...(record.maxAge === null ? {} : { maxValue: record.maxAge }),
  };
}

/** Builds the one Offer. A free opportunity has price 0 and no currency. */
export function offersOf(record: OpportunityRecord, pageUrl: string) {
  const price = majorUnitPrice(record);

  return [
    {
      '@type': 'Offer',
      '@id': `${pageUrl}#offer`,
      identifier: 'standard',
      name: price === 0 ? 'Free' : 'Standard price',
      price,
      ...(price === 0 ? {} : { priceCurrency: record.currency }),
      url: pageUrl,
    },
  ];
}
