import { OpportunityMode } from '../../opportunities/opportunity.entity.js';
import { opportunityPageUrl } from '../records/open-data-urls.js';
import type {
  OpportunityRecord,
  SessionRecord,
} from '../records/opportunity-record.js';
import { attendsInPerson } from '../records/record-values.js';
import {
  type ContentLine,
  escapeText,
  serialise,
  utcDateTime,
} from './icalendar.js';

const PRODUCT_ID = '-//Learnscape//Opportunity sessions//EN';

/**
 * Builds an iCalendar file with one VEVENT per session. Each UID is the
 * session id at the site's host, so a calendar that imports the file
 * again updates the events instead of adding copies.
 */
export function opportunityCalendar(
  record: OpportunityRecord,
  publicUrl: string,
  now: Date,
): string {
  const host = new URL(publicUrl).host;
  const lines: ContentLine[] = [
    { name: 'BEGIN', value: 'VCALENDAR' },
    { name: 'VERSION', value: '2.0' },
    { name: 'PRODID', value: PRODUCT_ID },
    { name: 'CALSCALE', value: 'GREGORIAN' },
    { name: 'METHOD', value: 'PUBLISH' },
    ...record.sessions.flatMap((session) =>
      sessionEvent(record, session, { publicUrl, host, now }),
    ),
    { name: 'END', value: 'VCALENDAR' },
  ];

  return serialise(lines);
}

function sessionEvent(
  record: OpportunityRecord,
  session: SessionRecord,
  site: { publicUrl: string; host: string; now: Date },
): ContentLine[] {
  const pageUrl = opportunityPageUrl(site.publicUrl, record.id);
  const description = [record.summary, record.description.trim(), pageUrl]
    .filter((part) => part !== '')
    .join('\n\n');
  const lines: ContentLine[] = [
    { name: 'BEGIN', value: 'VEVENT' },
    { name: 'UID', value: `${session.id}@${site.host}` },
    { name: 'DTSTAMP', value: utcDateTime(site.now) },
    { name: 'LAST-MODIFIED', value: utcDateTime(record.updatedAt) },
    { name: 'DTSTART', value: utcDateTime(session.startsAt) },
    { name: 'DTEND', value: utcDateTime(session.endsAt) },
    { name: 'SUMMARY', value: escapeText(record.title) },
    { name: 'DESCRIPTION', value: escapeText(description) },
    { name: 'LOCATION', value: escapeText(locationText(record)) },
  ];
  if (attendsInPerson(record) && record.location !== null) {
    // GEO is latitude then longitude, unlike GeoJSON.
    lines.push({
      name: 'GEO',
      value: `${record.location.latitude};${record.location.longitude}`,
    });
  }
  lines.push({ name: 'URL', value: pageUrl }, { name: 'END', value: 'VEVENT' });

  return lines;
}

function locationText(record: OpportunityRecord): string {
  const venue = [record.venueName, record.venueAddress]
    .filter((part): part is string => part !== null && part !== '')
    .join(', ');
  if (!attendsInPerson(record) || venue === '') return 'Online';

  return record.mode === OpportunityMode.HYBRID
    ? `${venue} (or online)`
    : venue;
}
