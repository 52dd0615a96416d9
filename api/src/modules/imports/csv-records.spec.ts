import { Readable } from 'node:stream';

import {
  type CsvRecord,
  MAX_DATA_ROWS,
  readCsvRecords,
} from './csv-records.js';

const HEADER = 'title,summary';

async function records(...chunks: string[]): Promise<CsvRecord[]> {
  const body = Readable.from(
    chunks.map((chunk) => Buffer.from(chunk, 'latin1')),
  );
  const result: CsvRecord[] = [];
  for await (const record of readCsvRecords(body)) result.push(record);

  return result;
}

function lines(result: CsvRecord[]): number[] {
  return result.map((record) => record.line);
}

describe('readCsvRecords line numbers', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('count %s line breaks', async (_name, lineBreak) => {
    const text = [HEADER, 'a,"two', 'lines"', 'b,c', '', 'd,e', ''].join(
      lineBreak,
    );
    const result = await records(text);

    expect(lines(result)).toEqual([1, 2, 4, 5, 6]);
    expect(result[1]!.fields).toEqual(['a', 'two\nlines']);
  });

  it('count mixed line breaks', async () => {
    const text = `${HEADER}\r\na,"two\rlines"\nb,c\r\n\rd,e\rf,g\n`;
    const result = await records(text);

    expect(lines(result)).toEqual([1, 2, 4, 5, 6, 7]);
    expect(result[1]!.fields).toEqual(['a', 'two\nlines']);
    expect(result[3]!.fields).toEqual(['']);
  });

  it('count CRLF split across chunks', async () => {
    const result = await records(`${HEADER}\r`, '\na,b\r', '\nc,d\r', 'e,f');

    expect(lines(result)).toEqual([1, 2, 3, 4]);
  });

  it('ignore a byte order mark', async () => {
    const result = await records(`\xef\xbb\xbf${HEADER}\ra,b\rc,d`);

    expect(lines(result)).toEqual([1, 2, 3]);
    expect(result[0]!.fields).toEqual(['title', 'summary']);
  });
});

describe('readCsvRecords blank lines', () => {
  it('yields blank lines between rows', async () => {
    const result = await records(`${HEADER}\n\na,b\n\n\nc,d\n`);

    expect(lines(result)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result[3]!.fields).toEqual(['']);
  });

  it('drops trailing blank lines', async () => {
    const result = await records(`${HEADER}\na,b\n\nc,d\n\n\r\n\r`);

    expect(lines(result)).toEqual([1, 2, 3, 4]);
  });

  it('rejects a header followed only by blank lines', async () => {
    await expect(records(`${HEADER}\n\n\n`)).rejects.toThrow(/no data rows/);
  });

  it('leaves them out of the row limit', async () => {
    const rows = Array.from(
      { length: MAX_DATA_ROWS },
      (_, index) => `r${index},s`,
    );
    const result = await records(`${HEADER}\n${rows.join('\n')}\n\n\n\n`);

    expect(result).toHaveLength(MAX_DATA_ROWS + 1);
  });

  it('rejects one data row over the limit', async () => {
    const rows = Array.from(
      { length: MAX_DATA_ROWS + 1 },
      (_, index) => `r${index},s`,
    );

    await expect(records(`${HEADER}\n${rows.join('\n')}\n`)).rejects.toThrow(
      /more than 10,000 data rows/,
    );
  });

  it('rejects more than 10,000 empty lines between rows', async () => {
    const text = `${HEADER}\na,b\n${'\n'.repeat(10_001)}c,d\n`;

    await expect(records(text)).rejects.toThrow(/more than 10,000 empty lines/);
  });
});

describe('readCsvRecords errors', () => {
  it('rejects an empty body', async () => {
    await expect(records('')).rejects.toThrow(/The file is empty/);
  });

  it('rejects a body of only a byte order mark', async () => {
    await expect(records('\xef\xbb\xbf')).rejects.toThrow(/The file is empty/);
  });

  it('names the line of an unclosed quote after CR breaks', async () => {
    await expect(records(`${HEADER}\ra,b\r"c,d\r`)).rejects.toThrow(
      /starts on line 3 is never closed/,
    );
  });
});
