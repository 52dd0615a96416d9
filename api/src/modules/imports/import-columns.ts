import { BadUserInputError } from '../../common/errors/domain-error.js';
import { decodeField } from './csv-body.js';

/** The columns an import file may have, in the order the docs list them. */
export const IMPORT_COLUMNS = [
  'title',
  'summary',
  'description',
  'kind',
  'mode',
  'venue',
  'address',
  'latitude',
  'longitude',
  'place',
  'session_start',
  'session_end',
  'time_zone',
  'cost',
  'currency',
  'min_age',
  'max_age',
  'sdgs',
  'skills',
  'capacity',
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Columns the header must contain; every other column may be left out. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  'title',
  'summary',
  'kind',
  'mode',
];

const KNOWN = new Set<string>(IMPORT_COLUMNS);

/**
 * Reads the header record into column names, one per field position.
 * Names are trimmed and compared case-insensitively. Raises
 * BAD_USER_INPUT for a header that is not UTF-8, repeats a name, names an
 * unknown column or leaves out a required one.
 */
export function readHeader(fields: readonly string[]): ImportColumn[] {
  const names = fields.map((field, index) => headerName(field, index));
  const unknown = names.filter((name) => !KNOWN.has(name));
  const missing = REQUIRED_COLUMNS.filter((name) => !names.includes(name));
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  const messages: string[] = [];
  if (unknown.length > 0) {
    messages.push(
      `The header names unknown ${plural(unknown.length, 'column')} ${quoteAll(unknown)}; the known columns are ${IMPORT_COLUMNS.join(', ')}.`,
    );
  }
  if (missing.length > 0) {
    messages.push(
      `The header lacks the required ${plural(missing.length, 'column')} ${quoteAll(missing)}.`,
    );
  }
  if (repeated.length > 0) {
    messages.push(
      `The header repeats ${plural(repeated.length, 'column')} ${quoteAll([...new Set(repeated)])}; each column may appear once.`,
    );
  }
  if (messages.length > 0) throw new BadUserInputError(messages.join(' '));

  return names as ImportColumn[];
}

function headerName(field: string, index: number): string {
  const decoded = decodeField(field);
  if (!decoded.valid) {
    throw new BadUserInputError(
      `Line 1 (the header) contains byte 0x${hex(decoded.byte)}, which is not valid UTF-8. The file is probably saved in another encoding, such as Windows-1252; save it as CSV UTF-8 and upload it again.`,
    );
  }
  const name = decoded.text.trim().toLowerCase();
  if (name === '') {
    throw new BadUserInputError(
      `Column ${index + 1} of the header has no name; name it or delete the column.`,
    );
  }

  return name;
}

/** Two-digit upper-case hexadecimal form of a byte. */
export function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

function quoteAll(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
