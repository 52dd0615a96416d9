import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { CsvError, parse } from 'csv-parse';

import { BadUserInputError } from '../../common/errors/domain-error.js';
import { CsvBodyTransform } from './csv-body.js';

/** Most data rows a file may have, not counting the header. */
export const MAX_DATA_ROWS = 10_000;

/** One CSV record with the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  /** Fields read as Latin-1, one character per byte; see `decodeField`. */
  fields: string[];
}

/**
 * Parses a CSV body as it streams in and yields its records, header first.
 * Raises BAD_USER_INPUT for an empty body, a syntax error, a body over the
 * size limit or more than MAX_DATA_ROWS data rows. It stops reading at the
 * first row over the limit.
 */
export async function* readCsvRecords(
  body: Readable,
): AsyncGenerator<CsvRecord> {
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
    bom: true,
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
  let count = 0;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      if (count > MAX_DATA_ROWS) throw tooManyRowsError();
      count += 1;
      yield { line: previousEnd + 1, fields };
      previousEnd = endLines.shift()!;
    }
  } catch (error) {
    throw error instanceof CsvError ? syntaxError(error, parsedEnd) : error;
  } finally {
    if (!parser.destroyed) parser.destroy();
  }
  if (count === 0) {
    throw new BadUserInputError(
      'The file is empty; it needs a header line naming the columns, then one line per opportunity.',
    );
  }
  if (count === 1) {
    throw new BadUserInputError(
      'The file has a header but no data rows; add one line per opportunity.',
    );
  }
}

function tooManyRowsError(): BadUserInputError {
  return new BadUserInputError(
    `The file has more than ${MAX_DATA_ROWS.toLocaleString('en')} data rows; the maximum is ${MAX_DATA_ROWS.toLocaleString('en')}. Split it into several files.`,
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
