import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';

import {
  checkCsvMediaType,
  CsvBodyTransform,
  decodeField,
  firstInvalidUtf8Index,
} from './csv-body.js';

async function transformed(chunks: number[][]): Promise<string> {
  const output = Readable.from(chunks.map((chunk) => Buffer.from(chunk))).pipe(
    new CsvBodyTransform(),
  );

  return (await buffer(output)).toString('latin1');
}

describe('CsvBodyTransform', () => {
  it('turns CRLF into LF', async () => {
    expect(await transformed([[0x61, 0x0d, 0x0a, 0x62]])).toBe('a\nb');
  });

  it('joins CRLF split across chunks', async () => {
    expect(
      await transformed([
        [0x61, 0x0d],
        [0x0a, 0x62],
      ]),
    ).toBe('a\nb');
  });

  it('turns a bare CR into LF', async () => {
    expect(await transformed([[0x61, 0x0d, 0x62, 0x0d, 0x0d, 0x63]])).toBe(
      'a\nb\n\nc',
    );
    expect(await transformed([[0x61, 0x0d], [0x62]])).toBe('a\nb');
    expect(await transformed([[0x61, 0x0d]])).toBe('a\n');
  });

  it('keeps LF after LF', async () => {
    expect(await transformed([[0x61, 0x0a, 0x0d, 0x0a, 0x0a]])).toBe('a\n\n\n');
  });

  it('removes a UTF-8 byte order mark', async () => {
    expect(await transformed([[0xef, 0xbb, 0xbf, 0x61, 0xe9]])).toBe('a\xe9');
  });

  it('removes a byte order mark split across chunks', async () => {
    expect(
      await transformed([[0xef], [0xbb], [0xbf, 0x61, 0x0d], [0x0a]]),
    ).toBe('a\n');
  });

  it('keeps a body shorter than a byte order mark', async () => {
    expect(await transformed([[0x61], [0x0d]])).toBe('a\n');
  });

  it('rejects a UTF-16 byte order mark', async () => {
    await expect(transformed([[0xff, 0xfe, 0x61, 0x00]])).rejects.toThrow(
      /UTF-16/,
    );
    await expect(transformed([[0xfe], [0xff]])).rejects.toThrow(/UTF-16/);
  });
});

describe('decodeField', () => {
  it('decodes UTF-8 read as Latin-1', () => {
    const latin1 = Buffer.from('Café', 'utf8').toString('latin1');
    expect(decodeField(latin1)).toEqual({ valid: true, text: 'Café' });
  });

  it('reports the first invalid byte', () => {
    const latin1 = Buffer.from([0x43, 0x61, 0x66, 0xe9]).toString('latin1');
    expect(decodeField(latin1)).toEqual({
      valid: false,
      byte: 0xe9,
      text: 'Caf\uFFFD',
    });
  });

  it('rejects text that is not Latin-1', () => {
    expect(() => decodeField('Caf\uFFFD')).toThrow(/not read as Latin-1/);
  });
});

describe('firstInvalidUtf8Index', () => {
  it.each([
    ['valid text', [0x61, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80], -1],
    ['overlong form', [0x61, 0xc0, 0xaf], 1],
    ['surrogate', [0xed, 0xa0, 0x80], 0],
    ['truncated sequence', [0x61, 0x62, 0xe2, 0x82], 2],
    ['code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('finds %s', (_name, bytes, index) => {
    expect(firstInvalidUtf8Index(Uint8Array.from(bytes))).toBe(index);
  });
});

describe('checkCsvMediaType', () => {
  it('accepts text/csv with or without UTF-8', () => {
    expect(() => checkCsvMediaType('text/csv', undefined)).not.toThrow();
    expect(() =>
      checkCsvMediaType('text/csv; charset="utf-8"', undefined),
    ).not.toThrow();
  });

  it.each([
    [undefined, undefined],
    ['text/csv; charset=iso-8859-1', undefined],
    ['text/csv; header=present', undefined],
    ['text/csvx', undefined],
    ['text/csv', 'gzip'],
  ])('rejects %s with encoding %s', (contentType, encoding) => {
    expect(() => checkCsvMediaType(contentType, encoding)).toThrow();
  });
});
