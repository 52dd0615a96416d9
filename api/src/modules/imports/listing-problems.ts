import type { ListingProblem } from '../listings/listing-rules.js';
import type { ImportProblem } from './dto/import-report.js';
import type { ImportColumn } from './import-columns.js';
import type { RowCells } from './row-cells.js';

/** Listing draft fields and the import columns they come from. */
const FIELD_COLUMNS: Record<string, ImportColumn> = {
  title: 'title',
  summary: 'summary',
  description: 'description',
  kind: 'kind',
  mode: 'mode',
  venueName: 'venue',
  venueAddress: 'address',
  'location.latitude': 'latitude',
  'location.longitude': 'longitude',
  costMinor: 'cost',
  currency: 'currency',
  minAge: 'min_age',
  maxAge: 'max_age',
  capacity: 'capacity',
  sdgs: 'sdgs',
  skills: 'skills',
  sessions: 'session_start',
  startsAt: 'session_start',
  endsAt: 'session_end',
  timeZone: 'time_zone',
};

const LOCATION_COLUMNS: readonly ImportColumn[] = [
  'latitude',
  'longitude',
  'place',
];

/** Finds the column of a field path such as `sessions.0.endsAt`, if any. */
export function columnOfField(
  field: string,
  locationColumn: ImportColumn,
): ImportColumn | null {
  if (field === 'location') return locationColumn;
  const sessionPart = /^sessions\.\d+\.(\w+)$/.exec(field)?.[1];

  return FIELD_COLUMNS[sessionPart ?? field] ?? null;
}

/**
 * Turns `checkListing` problems into import problems on columns, leaving
 * out those on `reported` columns, which already have a clearer problem.
 * `locationColumn` is the column that gave the venue location: `place`
 * when the row names a place, else `latitude`.
 */
export function listingProblemsToImport(
  listingProblems: readonly ListingProblem[],
  cells: RowCells,
  locationColumn: ImportColumn,
  reported: ReadonlySet<ImportColumn>,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const { field, message } of listingProblems) {
    const column = columnOfField(field, locationColumn);
    if (column !== null && reported.has(column)) continue;
    if (
      field === 'location' &&
      LOCATION_COLUMNS.some((name) => reported.has(name))
    ) {
      continue;
    }
    problems.push({
      column,
      value: column === null ? null : cells[column],
      message: rewordForImport(field, column, message),
    });
  }

  return problems;
}

/** Names the column where a message names the draft field. */
function rewordForImport(
  field: string,
  column: ImportColumn | null,
  message: string,
): string {
  if (field === 'location' && message.includes('needs a venue location')) {
    return `${message.split(';')[0]}; give latitude and longitude, or a place.`;
  }
  if (column !== null && message.startsWith(`${field} `)) {
    return `${column}${message.slice(field.length)}`;
  }

  return message;
}
