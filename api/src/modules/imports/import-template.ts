import { stringify } from 'csv-stringify/sync';

import { IMPORT_COLUMNS, type ImportColumn } from './import-columns.js';

/** The name the template is saved under. */
export const IMPORT_TEMPLATE_FILE_NAME = 'learnscape-import-template.csv';

const DAY_MS = 86_400_000;

/** Days from the download to the example session, so that it is upcoming. */
const SESSION_LEAD_DAYS = 28;

const EXAMPLE_TIME_ZONE = 'Australia/Sydney';

/**
 * The example row, apart from the session times. Typed by column, so a
 * column added to IMPORT_COLUMNS does not compile until it has an example.
 */
const EXAMPLE_CELLS: Omit<
  Record<ImportColumn, string>,
  'session_start' | 'session_end'
> = {
  title: 'Radio presenting for beginners',
  summary:
    'Plan, record and present a five-minute radio segment with a mentor.',
  description:
    'No experience needed. Bring headphones if you have them; the library lends the rest.',
  kind: 'workshop',
  mode: 'in_person',
  venue: 'Katoomba Library',
  address: '30 Parke Street, Katoomba NSW 2780',
  latitude: '-33.7125',
  longitude: '150.3119',
  place: 'Katoomba, AU',
  time_zone: EXAMPLE_TIME_ZONE,
  cost: '12.50',
  currency: 'AUD',
  min_age: '16',
  max_age: '25',
  sdgs: '4;8',
  skills: 'Communication;Creativity',
  capacity: '12',
};

/** Returns the example row's cells, in IMPORT_COLUMNS order. */
export function exampleRow(now: Date): string[] {
  // Canadian English writes dates as ISO 8601's YYYY-MM-DD.
  const day = new Date(
    now.getTime() + SESSION_LEAD_DAYS * DAY_MS,
  ).toLocaleDateString('en-CA', { timeZone: EXAMPLE_TIME_ZONE });
  const cells: Record<ImportColumn, string> = {
    ...EXAMPLE_CELLS,
    session_start: `${day}T10:00`,
    session_end: `${day}T12:30`,
  };

  return IMPORT_COLUMNS.map((column) => cells[column]);
}

/**
 * Builds the import template: a header with every column the importer
 * reads, and one complete example row near Katoomba with a session four
 * weeks after `now`. The byte order mark makes spreadsheet programs read
 * the file as UTF-8, and the importer removes it.
 */
export function buildImportTemplate(now: Date): string {
  return stringify([[...IMPORT_COLUMNS], exampleRow(now)], { bom: true });
}
