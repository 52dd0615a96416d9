import { decodeField } from './csv-body.js';
import type { ImportProblem } from './dto/import-report.js';
import { hex, IMPORT_COLUMNS, type ImportColumn } from './import-columns.js';

/** A row's trimmed cell texts by column; null for empty or absent cells. */
export type RowCells = Record<ImportColumn, string | null>;

/** The cells of a row, and the problems found while decoding them. */
export interface DecodedRow {
  cells: RowCells;
  problems: ImportProblem[];
  /**
   * Columns whose cells could not be decoded. No other problem is reported
   * on them.
   */
  unreadable: Set<ImportColumn>;
  /** Whether the field count differs from the header's. */
  misaligned: boolean;
}

/** Checks whether a record is an entirely empty line. */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.length === 1 && fields[0] === '';
}

/**
 * Decodes a record's fields (Latin-1 text from csv-parse) as UTF-8 into
 * cells named by `columns`. Invalid UTF-8 and NUL characters become
 * problems on their column.
 */
export function decodeRow(
  fields: readonly string[],
  columns: readonly ImportColumn[],
): DecodedRow {
  const cells = Object.fromEntries(
    IMPORT_COLUMNS.map((column) => [column, null]),
  ) as RowCells;
  const problems: ImportProblem[] = [];
  const unreadable = new Set<ImportColumn>();
  const count = Math.min(fields.length, columns.length);
  for (let index = 0; index < count; index += 1) {
    const column = columns[index]!;
    const decoded = decodeField(fields[index]!);
    const text = decoded.text.trim();
    cells[column] = text === '' ? null : text;
    if (!decoded.valid) {
      unreadable.add(column);
      problems.push({
        column,
        value: text,
        message: `${column} contains byte 0x${hex(decoded.byte)}, which is not valid UTF-8. The file is probably saved as Windows-1252 or another older encoding; save it as CSV UTF-8 and upload it again.`,
      });
    } else if (text.includes('\u0000')) {
      unreadable.add(column);
      problems.push({
        column,
        value: text,
        message: `${column} contains a NUL character (U+0000), which text cannot hold; remove it.`,
      });
    }
  }
  const misaligned = fields.length !== columns.length;
  if (misaligned) {
    problems.push({
      column: null,
      value: null,
      message: `The row has ${fields.length} fields but the header has ${columns.length}; put double quotes around any field that contains a comma.`,
    });
  }

  return { cells, problems, unreadable, misaligned };
}
