import { opportunityPageUrl } from '../records/open-data-urls.js';
import type {
  OpportunityRecord,
  SessionRecord,
} from '../records/opportunity-record.js';
import { keywordsOf } from '../records/record-values.js';
import {
  accessibilityConcepts,
  ageRangeOf,
  type JsonLd,
  locationsOf,
  offersOf,
  OPENACTIVE_CONTEXT,
  organizerOf,
} from './openactive-parts.js';
import { type OpportunityType, opportunityTypeOf } from './opportunity-type.js';

type Mapper = (record: OpportunityRecord, publicUrl: string) => JsonLd;

/**
 * Builds the Modelling Opportunity Data 2.0 object of a published
 * opportunity, with the type that `opportunityTypeOf` chooses.
 */
export function toOpenActiveData(
  record: OpportunityRecord,
  publicUrl: string,
): JsonLd {
  const type = opportunityTypeOf(record.kind, record.sessions.length);

  return MAPPERS[type](record, publicUrl);
}

const MAPPERS: Record<OpportunityType, Mapper> = {
  CourseInstance: toCourseInstance,
  SessionSeries: toSessionSeries,
  Event: toEvent,
};

/** Builds a course run, whose dates span its sessions, which are its sub-events. */
function toCourseInstance(record: OpportunityRecord, publicUrl: string) {
  const pageUrl = opportunityPageUrl(publicUrl, record.id);

  return {
    ...commonProperties(record, publicUrl, 'CourseInstance'),
    ...spanOf(record.sessions),
    subEvent: record.sessions.map((session) =>
      sessionEvent('Event', session, pageUrl),
    ),
  };
}

/**
 * Drop-in sessions: the series carries the description and each
 * ScheduledSession its times, as OpenActive's SessionSeries does.
 */
function toSessionSeries(record: OpportunityRecord, publicUrl: string) {
  const pageUrl = opportunityPageUrl(publicUrl, record.id);

  return {
    ...commonProperties(record, publicUrl, 'SessionSeries'),
    subEvent: record.sessions.map((session) =>
      sessionEvent('ScheduledSession', session, pageUrl),
    ),
  };
}

/** Builds a one-off event, which takes its single session's times. */
function toEvent(record: OpportunityRecord, publicUrl: string) {
  const [session] = record.sessions;

  return {
    ...commonProperties(record, publicUrl, 'Event'),
    ...(session === undefined ? {} : timesOf(session)),
  };
}

function commonProperties(
  record: OpportunityRecord,
  publicUrl: string,
  type: OpportunityType,
): JsonLd {
  const pageUrl = opportunityPageUrl(publicUrl, record.id);
  const ageRange = ageRangeOf(record);
  const keywords = keywordsOf(record);

  return {
    '@context': OPENACTIVE_CONTEXT,
    '@type': type,
    '@id': pageUrl,
    identifier: record.id,
    name: record.title,
    description: record.description.trim() || record.summary,
    disambiguatingDescription: record.summary,
    url: pageUrl,
    organizer: organizerOf(record, publicUrl),
    ...locationsOf(record),
    ...(ageRange === null ? {} : { ageRange }),
    ...(record.accessibilitySupport.length === 0
      ? {}
      : { accessibilitySupport: accessibilityConcepts(record) }),
    ...(record.accessibilityInformation === null
      ? {}
      : { accessibilityInformation: record.accessibilityInformation }),
    offers: offersOf(record, pageUrl),
    ...(keywords.length === 0 ? {} : { keywords }),
  };
}

function sessionEvent(
  type: 'Event' | 'ScheduledSession',
  session: SessionRecord,
  pageUrl: string,
): JsonLd {
  return {
    '@type': type,
    '@id': `${pageUrl}#session-${session.id}`,
    identifier: session.id,
    ...timesOf(session),
  };
}

/** Start, end and ISO 8601 duration, in UTC as RPDE requires. */
function timesOf(session: SessionRecord): JsonLd {
  const minutes = Math.round(
    (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000,
  );

  return {
    startDate: session.startsAt.toISOString(),
    endDate: session.endsAt.toISOString(),
    duration: `PT${Math.floor(minutes / 60)}H${minutes % 60}M`,
  };
}

/** Returns the first start and last end of the sessions, or nothing without any. */
function spanOf(sessions: readonly SessionRecord[]): JsonLd {
  if (sessions.length === 0) return {};
  const last = Math.max(...sessions.map((session) => session.endsAt.getTime()));

  return {
    startDate: sessions[0]!.startsAt.toISOString(),
    endDate: new Date(last).toISOString(),
  };
}
