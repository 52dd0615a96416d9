import type {
  Course,
  CourseInstance,
  EducationEvent,
  EventAttendanceModeEnumeration,
  Offer,
  Organization,
  Place,
  VirtualLocation,
  WithContext,
} from 'schema-dts';

import { opportunityTypeOf } from '../openactive/opportunity-type.js';
import { opportunityPageUrl, providerUrl } from '../records/open-data-urls.js';
import type {
  OpportunityRecord,
  SessionRecord,
} from '../records/opportunity-record.js';
import {
  attendsInPerson,
  attendsOnline,
  keywordsOf,
  majorUnitPrice,
  skillName,
} from '../records/record-values.js';

/** The JSON-LD of a public opportunity page. */
export type OpportunityJsonLd =
  WithContext<Course> | WithContext<EducationEvent>;

/**
 * Describes an opportunity for search engines. A course run (what the feed
 * models as a CourseInstance) becomes a Course with one CourseInstance.
 * Every other opportunity is an EducationEvent, whose sessions are its
 * sub-events when there are several.
 */
export function toSchemaOrg(
  record: OpportunityRecord,
  publicUrl: string,
): OpportunityJsonLd {
  const type = opportunityTypeOf(record.kind, record.sessions.length);

  return type === 'CourseInstance'
    ? toCourse(record, publicUrl)
    : toEducationEvent(record, publicUrl);
}

function toCourse(
  record: OpportunityRecord,
  publicUrl: string,
): WithContext<Course> {
  const pageUrl = opportunityPageUrl(publicUrl, record.id);
  const instance: CourseInstance = {
    '@type': 'CourseInstance',
    '@id': `${pageUrl}#run`,
    name: record.title,
    courseMode: courseModeOf(record),
    eventAttendanceMode: attendanceModeOf(record),
    location: locationOf(record),
    organizer: organizationOf(record, publicUrl),
    offers: offerOf(record, pageUrl),
    ...spanOf(record.sessions),
    subEvent: record.sessions.map((session) => ({
      '@type': 'Event',
      '@id': `${pageUrl}#session-${session.id}`,
      name: record.title,
      startDate: session.startsAt.toISOString(),
      endDate: session.endsAt.toISOString(),
    })),
  };

  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    ...describe(record, pageUrl),
    provider: organizationOf(record, publicUrl),
    offers: offerOf(record, pageUrl),
    hasCourseInstance: instance,
  };
}

function toEducationEvent(
  record: OpportunityRecord,
  publicUrl: string,
): WithContext<EducationEvent> {
  const pageUrl = opportunityPageUrl(publicUrl, record.id);
  const several = record.sessions.length > 1;

  return {
    '@context': 'https://schema.org',
    '@type': 'EducationEvent',
    ...describe(record, pageUrl),
    eventAttendanceMode: attendanceModeOf(record),
    location: locationOf(record),
    organizer: organizationOf(record, publicUrl),
    offers: offerOf(record, pageUrl),
    ...spanOf(record.sessions),
    ...(several
      ? {
          subEvent: record.sessions.map((session): EducationEvent => ({
            '@type': 'EducationEvent',
            '@id': `${pageUrl}#session-${session.id}`,
            name: record.title,
            startDate: session.startsAt.toISOString(),
            endDate: session.endsAt.toISOString(),
            location: locationOf(record),
          })),
        }
      : {}),
  };
}

/** Returns the properties that Course and EducationEvent share. */
function describe(record: OpportunityRecord, pageUrl: string) {
  const ageRange = typicalAgeRangeOf(record);

  return {
    '@id': pageUrl,
    identifier: record.id,
    url: pageUrl,
    name: record.title,
    description: record.summary,
    isAccessibleForFree: record.costMinor === null,
    ...(ageRange === null ? {} : { typicalAgeRange: ageRange }),
    ...(record.skills.length === 0
      ? {}
      : { teaches: record.skills.map(skillName) }),
    ...(keywordsOf(record).length === 0
      ? {}
      : { keywords: keywordsOf(record).join(', ') }),
  };
}

function organizationOf(
  record: OpportunityRecord,
  publicUrl: string,
): Organization {
  return {
    '@type': 'Organization',
    name: record.provider.name,
    url: providerUrl(publicUrl, record.provider),
  };
}

function offerOf(record: OpportunityRecord, pageUrl: string): Offer {
  const price = majorUnitPrice(record);

  return {
    '@type': 'Offer',
    price,
    ...(record.currency === null ? {} : { priceCurrency: record.currency }),
    url: pageUrl,
  };
}

function locationOf(record: OpportunityRecord): (Place | VirtualLocation)[] {
  const places: (Place | VirtualLocation)[] = [];
  if (attendsInPerson(record) && record.location !== null) {
    places.push({
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
    });
  }
  if (attendsOnline(record)) {
    places.push({ '@type': 'VirtualLocation', name: 'Online' });
  }

  return places;
}

function attendanceModeOf(
  record: OpportunityRecord,
): EventAttendanceModeEnumeration {
  if (!attendsOnline(record))
    return 'https://schema.org/OfflineEventAttendanceMode';

  return attendsInPerson(record)
    ? 'https://schema.org/MixedEventAttendanceMode'
    : 'https://schema.org/OnlineEventAttendanceMode';
}

/** schema.org's course modes: online, onsite or blended. */
function courseModeOf(record: OpportunityRecord): string {
  if (!attendsOnline(record)) return 'onsite';

  return attendsInPerson(record) ? 'blended' : 'online';
}

/** `16-24`, `16-` or `-24`, as schema.org writes an age range in text. */
function typicalAgeRangeOf(record: OpportunityRecord): string | null {
  if (record.minAge === null && record.maxAge === null) return null;

  return `${record.minAge ?? ''}-${record.maxAge ?? ''}`;
}

function spanOf(sessions: readonly SessionRecord[]) {
  if (sessions.length === 0) return {};
  const last = Math.max(...sessions.map((session) => session.endsAt.getTime()));

  return {
    startDate: sessions[0]!.startsAt.toISOString(),
    endDate: new Date(last).toISOString(),
  };
}
