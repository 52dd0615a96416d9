import {
  checkListing,
  isTimeZone,
  type ListingDraft,
  type SessionDraft,
} from '../listings/listing-rules.js';
import {
  OpportunityKind,
  OpportunityMode,
} from '../opportunities/opportunity.entity.js';
import {
  type CellResult,
  parseCoordinate,
  parseCost,
  parseCurrency,
  parseKind,
  parseMode,
  parsePlace,
  parseSdgs,
  parseSkills,
  parseWholeNumber,
  type PlaceQuery,
} from './cell-parsers.js';
import type { ImportProblem } from './dto/import-report.js';
import type { ImportColumn } from './import-columns.js';
import { listingProblemsToImport } from './listing-problems.js';
import { parseLocalDateTime, zonedInstant } from './local-time.js';
import type { DecodedRow, RowCells } from './row-cells.js';

const timeZoneValidity = new Map<string, boolean>();

/**
 * `isTimeZone`, remembered per name: it builds an Intl.DateTimeFormat,
 * which took about 0.2 ms on a 2-core machine, so 10,000 rows spent
 * seconds on it.
 */
function isKnownTimeZone(zone: string): boolean {
  let valid = timeZoneValidity.get(zone);
  if (valid === undefined) {
    valid = isTimeZone(zone);
    // Bounded, because the names come from uploaded files.
    if (timeZoneValidity.size >= 1_000) timeZoneValidity.clear();
    timeZoneValidity.set(zone, valid);
  }

  return valid;
}

/** Reference data that rows are checked against. */
export interface RowContext {
  /** Lower-case skill names and ids, each mapped to the skill id. */
  skillLookup: ReadonlyMap<string, string>;
  skillNames: readonly string[];
  knownSkills: ReadonlySet<string>;
}

/** A row turned into a listing draft, with everything wrong with it. */
export interface ConvertedRow {
  draft: ListingDraft;
  problems: ImportProblem[];
  /**
   * The place to look up when the row gives a place and no coordinates.
   * Until then `draft.location` is a stand-in.
   */
  place: PlaceQuery | null;
}

/** Collects the problems of one row, each naming its column and cell. */
class ProblemList {
  readonly items: ImportProblem[] = [];
  readonly columns = new Set<ImportColumn>();

  constructor(private readonly cells: RowCells) {}

  add(column: ImportColumn, message: string): void {
    this.items.push({ column, value: this.cells[column], message });
    this.columns.add(column);
  }

  /** Returns the value, or records the failure and returns `fallback`. */
  take<T>(column: ImportColumn, result: CellResult<T>, fallback: T): T {
    if (result.ok) return result.value;
    this.add(column, result.message);

    return fallback;
  }
}

/**
 * Converts a decoded row into a listing draft and checks it with the shared
 * listing rules. A problem found while reading a cell hides the listing
 * rules' problems on the same column, which would repeat it less clearly.
 */
export function convertRow(
  decoded: DecodedRow,
  context: RowContext,
): ConvertedRow {
  const { cells } = decoded;
  const problems = new ProblemList(cells);
  const location = readLocation(cells, problems);
  const kind = problems.take(
    'kind',
    parseKind(cells.kind),
    OpportunityKind.WORKSHOP,
  );
  // Without a valid mode, one that agrees with the location keeps the
  // listing rules from adding venue problems that only repeat this one.
  const mode = problems.take(
    'mode',
    parseMode(cells.mode),
    location.coordinates === null && location.place === null
      ? OpportunityMode.ONLINE
      : OpportunityMode.IN_PERSON,
  );
  const draft: ListingDraft = {
    title: cells.title ?? '',
    summary: cells.summary ?? '',
    description: cells.description ?? '',
    kind,
    mode,
    location:
      location.coordinates ??
      (location.place === null ? null : { latitude: 0, longitude: 0 }),
    venueName: cells.venue,
    venueAddress: cells.address,
    ...readCost(cells, problems),
    minAge: readWholeNumber('min_age', cells, problems),
    maxAge: readWholeNumber('max_age', cells, problems),
    capacity: readWholeNumber('capacity', cells, problems),
    accessibilitySupport: [],
    accessibilityInformation: null,
    sdgs: readList('sdgs', parseSdgs(cells.sdgs), problems),
    skills: readList(
      'skills',
      parseSkills(cells.skills, context.skillLookup, context.skillNames),
      problems,
    ),
    sessions: readSession(cells, problems),
  };
  const ruleProblems = listingProblemsToImport(
    checkListing(draft, context.knownSkills),
    cells,
    location.place === null ? 'latitude' : 'place',
    new Set([...problems.columns, ...decoded.unreadable]),
  );
  const rowProblems = [...problems.items, ...ruleProblems].filter(
    (problem) =>
      problem.column === null ||
      !decoded.unreadable.has(problem.column as ImportColumn),
  );

  return {
    draft,
    problems: [...decoded.problems, ...rowProblems],
    place: location.place,
  };
}

interface LocationCells {
  coordinates: { latitude: number; longitude: number } | null;
  place: PlaceQuery | null;
}

/** Reads latitude and longitude, or else the place name. */
function readLocation(cells: RowCells, problems: ProblemList): LocationCells {
  const { latitude, longitude, place } = cells;
  if (latitude === null && longitude === null) {
    return {
      coordinates: null,
      place: place === null ? null : parsePlace(place),
    };
  }
  const missing =
    'is missing; give both latitude and longitude, or neither and a place.';
  if (latitude === null) problems.add('latitude', `latitude ${missing}`);
  if (longitude === null) problems.add('longitude', `longitude ${missing}`);
  if (latitude === null || longitude === null) {
    return { coordinates: null, place: null };
  }
  const lat = problems.take(
    'latitude',
    parseCoordinate('latitude', latitude, longitude),
    null,
  );
  const lng = problems.take(
    'longitude',
    parseCoordinate('longitude', longitude, latitude),
    null,
  );

  return {
    coordinates:
      lat === null || lng === null ? null : { latitude: lat, longitude: lng },
    place: null,
  };
}

function readCost(
  cells: RowCells,
  problems: ProblemList,
): Pick<ListingDraft, 'costMinor' | 'currency'> {
  const currency =
    cells.currency === null
      ? null
      : problems.take('currency', parseCurrency(cells.currency), null);
  if (cells.cost === null) return { costMinor: null, currency };
  if (cells.currency === null) {
    problems.add(
      'currency',
      `cost ${cells.cost} has no currency; give an ISO 4217 code such as AUD or GBP.`,
    );
  }
  if (currency === null) return { costMinor: null, currency: null };

  return {
    costMinor: problems.take('cost', parseCost(cells.cost, currency), null),
    currency,
  };
}

function readWholeNumber(
  column: 'min_age' | 'max_age' | 'capacity',
  cells: RowCells,
  problems: ProblemList,
): number | null {
  const text = cells[column];

  return text === null
    ? null
    : problems.take(column, parseWholeNumber(column, text), null);
}

function readList<T>(
  column: ImportColumn,
  result: { values: T[]; problems: string[] },
  problems: ProblemList,
): T[] {
  for (const message of result.problems) problems.add(column, message);

  return result.values;
}

/**
 * Reads the row's one session. The listing rules see it only when every
 * part could be read, so that they do not repeat a problem found here.
 */
function readSession(cells: RowCells, problems: ProblemList): SessionDraft[] {
  const start = cells.session_start;
  const end = cells.session_end;
  const zone = cells.time_zone;
  if (start === null && end === null) return [];
  const needsBoth =
    'is missing; a session needs both session_start and session_end.';
  if (start === null)
    problems.add('session_start', `session_start ${needsBoth}`);
  if (end === null) problems.add('session_end', `session_end ${needsBoth}`);
  if (zone === null) {
    problems.add(
      'time_zone',
      'time_zone is missing; give the IANA time zone of the session times, such as Australia/Sydney.',
    );
  } else if (!isKnownTimeZone(zone)) {
    problems.add(
      'time_zone',
      `time_zone "${zone}" is not an IANA time zone; use a name such as Australia/Sydney or Europe/London.`,
    );
  }
  const startsAt =
    start === null ? null : readInstant('session_start', start, zone, problems);
  const endsAt =
    end === null ? null : readInstant('session_end', end, zone, problems);
  if (
    startsAt === null ||
    endsAt === null ||
    problems.columns.has('time_zone')
  ) {
    return [];
  }

  return [{ startsAt, endsAt, timeZone: zone! }];
}

function readInstant(
  column: 'session_start' | 'session_end',
  text: string,
  zone: string | null,
  problems: ProblemList,
): Date | null {
  const local = parseLocalDateTime(text);
  if (typeof local === 'string') {
    problems.add(column, `${column} "${text}" ${local}.`);

    return null;
  }
  if (zone === null || !isKnownTimeZone(zone)) return null;
  const zoned = zonedInstant(local, zone);
  if (zoned.kind === 'skipped') {
    problems.add(
      column,
      `${column} ${text} does not exist in ${zone}, because clocks skip ahead ${zoned.skippedMinutes} minutes for daylight saving then; give a time outside the skipped period.`,
    );

    return null;
  }

  return zoned.instant;
}
