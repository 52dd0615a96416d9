import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { CsvError, parse } from 'csv-parse';

import { BadUserInputError } from '../../common/errors/domain-error.js';
import { CsvBodyTransform } from './csv-body.js';
import { isBlankRecord } from './row-cells.js';

/** Maximum number of data rows, not counting the header or blank lines. */
export const MAX_DATA_ROWS = 10_000;

/** Maximum number of blank lines between the data rows of a file. */
export const MAX_BLANK_LINES = 10_000;

/** One CSV record with the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  /** Fields read as Latin-1, one character per byte; see `decodeField`. */
  fields: string[];
}

/**
 * Parses a CSV body as it streams in and yields its records, header first.
 * A blank line between data rows is yielded as a record with one empty
 * field. Blank lines after the last data row are not yielded. Raises
 * BAD_USER_INPUT for an empty body, a syntax error, a body over the size
 * limit, more than MAX_DATA_ROWS data rows or more than MAX_BLANK_LINES
 * blank lines between them. It stops reading at the first row over a limit.
 */
export async function* readCsvRecords(
  body: Readable,
): AsyncGenerator<CsvRecord> {
  const records = parseRecords(body);
  try {
    const header = await records.next();
    if (header.done === true) {
      throw new BadUserInputError(
        'The file is empty; it needs a header line naming the columns, then one line per opportunity.',
      );
    }
    yield header.value;
    yield* dataRecords(records);
  } finally {
    // Stops the parser when the caller stops early, such as on a bad header.
    await records.return(undefined);
  }
}

/**
 * Yields the records after the header and enforces the row limits. Blank
 * lines are held back until a data row follows them, so trailing ones are
 * dropped. A blank record spans one line, so a run of them is kept as its
 * first line and count.
 */
async function* dataRecords(
  records: AsyncGenerator<CsvRecord>,
): AsyncGenerator<CsvRecord> {
  let blankStart = 0;
  let blankCount = 0;
  let blankTotal = 0;
  let dataRows = 0;
  for await (const record of records) {
    if (isBlankRecord(record.fields)) {
      if (blankCount === 0) blankStart = record.line;
      blankCount += 1;
      continue;
    }
    dataRows += 1;
    if (dataRows > MAX_DATA_ROWS) throw tooManyRowsError();
    blankTotal += blankCount;
    if (blankTotal > MAX_BLANK_LINES) throw tooManyBlankLinesError();
    for (let offset = 0; offset < blankCount; offset += 1) {
      yield { line: blankStart + offset, fields: [''] };
    }
    blankCount = 0;
    yield record;
  }
  if (dataRows === 0) {
    throw new BadUserInputError(
      'The file has a header but no data rows; add one line per opportunity.',
    );
  }
}

/** Yields every record of the body with the line it starts on. */
async function* parseRecords(body: Readable): AsyncGenerator<CsvRecord> {
  // `on_record` runs as csv-parse parses each record, in order, and queues
  // the line the record ends on for the loop below. `info: true` gives the
  // same line but cost about 0.4 s per 10,000 rows. Syntax errors use the
  // last parsed line, because an error discards the records of its chunk
  // that the loop has not read yet.
  const endLines: number[] = [];
  let parsedEnd = 0;
  const parser = parse({
    // Latin-1 maps each byte to one character, so invalid UTF-8 survives
    // parsing and each field can be checked on its own. csv-parse 7.0's
    // `encoding: null` (Buffers) fails when it builds an error message.
    encoding: 'latin1',
    // With `bom: true`, csv-parse 7.0 switches to UTF-8 after a byte order
    // mark, which turns invalid bytes into U+FFFD before they can be
    // checked. CsvBodyTransform removes the mark instead.
    bom: false,
    // CsvBodyTransform turns every line break into LF.
    record_delimiter: '\n',
    relax_column_count: true,
    skip_empty_lines: false,
    on_record: (record, context) => {
      parsedEnd = context.lines;
      endLines.push(context.lines);

      return record;
    },
  });
  const feeding = pipeline(body, new CsvBodyTransform(), parser);
  // Errors surface through the parser below; this only avoids an
  // unhandled rejection when the loop stops early.
  feeding.catch(() => undefined);

  // Each record starts on the line after the one its predecessor ended on.
  let previousEnd = 0;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      yield { line: previousEnd + 1, fields };
      previousEnd = endLines.shift()!;
    }
  } catch (error) {
    throw error instanceof CsvError ? syntaxError(error, parsedEnd) : error;
  } finally {
    if (!parser.destroyed) parser.destroy();
  }
}

function tooManyRowsError(): BadUserInputError {
  return new BadUserInputError(
    `The file has more than ${MAX_DATA_ROWS.toLocaleString('en')} data rows; the maximum is ${MAX_DATA_ROWS.toLocaleString('en')}. Split it into several files.`,
  );
}

function tooManyBlankLinesError(): BadUserInputError {
  return new BadUserInputError(
    `The file has more than ${MAX_BLANK_LINES.toLocaleString('en')} empty lines between its rows; the maximum is ${MAX_BLANK_LINES.toLocaleString('en')}. Delete the empty lines.`,
  );
}

function syntaxError(
  error: CsvError,
  lastParsedEnd: number,
): BadUserInputError {
  const start = lastParsedEnd + 1;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new BadUserInputError(
      `The quoted field in the row that starts on line ${start} is never closed; add the closing double quote.`,
    );
  }
  if (
    error.code === 'CSV_INVALID_CLOSING_QUOTE' ||
    error.code === 'INVALID_OPENING_QUOTE'
  ) {
    return new BadUserInputError(
      `The row that starts on line ${start} has a double quote in the wrong place; put quotes around the whole field and write a quote inside it as two quotes ("").`,
    );
  }

  return new BadUserInputError(
    `The file is not valid CSV in the row that starts on line ${start}: ${error.message}`,
  );
}
