import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

import { UnsupportedMediaTypeException } from '@nestjs/common';

import { BadUserInputError } from '../../common/errors/domain-error.js';

/** Largest request body accepted, in bytes (20 MiB). */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

const CR = 0x0d;
const LF = 0x0a;

/**
 * Rejects a request whose body is not `text/csv` in UTF-8. Requiring this
 * media type also keeps out cross-site HTML form posts, which can only send
 * form encodings and `text/plain` without a CORS preflight.
 */
export function checkCsvMediaType(
  contentType: string | undefined,
  contentEncoding: string | undefined,
): void {
  const [mediaType = '', ...parameters] = (contentType ?? '')
    .split(';')
    .map((part) => part.trim().toLowerCase());
  if (mediaType !== 'text/csv') {
    throw new UnsupportedMediaTypeException(
      `The Content-Type is "${contentType ?? ''}"; send the file as text/csv (optionally with charset=utf-8).`,
    );
  }
  for (const parameter of parameters) {
    const [name, value = ''] = parameter.split('=').map((part) => part.trim());
    if (name !== 'charset' || value.replace(/"/g, '') !== 'utf-8') {
      throw new UnsupportedMediaTypeException(
        `The Content-Type parameter "${parameter}" is not supported; only charset=utf-8 is. Save the file as UTF-8 and send it as text/csv.`,
      );
    }
  }
  if (contentEncoding !== undefined && contentEncoding !== 'identity') {
    throw new UnsupportedMediaTypeException(
      `The Content-Encoding "${contentEncoding}" is not supported; send the file uncompressed.`,
    );
  }
}

/** Rejects a body whose declared length is over the limit before reading it. */
export function checkDeclaredLength(contentLength: string | undefined): void {
  if (contentLength !== undefined && Number(contentLength) > MAX_CSV_BYTES) {
    throw tooLargeError();
  }
}

function tooLargeError(): BadUserInputError {
  return new BadUserInputError(
    `The file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB, the maximum; split it into smaller files.`,
  );
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Passes the request body through and fails once it exceeds the size limit.
 * It rejects a UTF-16 byte order mark, removes a UTF-8 one, and turns CRLF
 * and bare CR (old Mac) line breaks into LF. csv-parse 7.0 counts a CRLF as
 * two lines, and in an LF file it keeps a bare CR inside the field but
 * counts it as a line, so both would shift row numbers. Bytes 0x0D and 0x0A
 * never occur inside a multi-byte UTF-8 sequence, so the rewrite cannot
 * damage a character.
 */
export class CsvBodyTransform extends Transform {
  private bytes = 0;
  /** The first bytes, held back until the byte order mark can be checked. */
  private head: Buffer | null = Buffer.alloc(0);
  /** Whether the last byte read was a CR, so that an LF next ends a CRLF. */
  private afterCr = false;

  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: TransformCallback,
  ): void {
    this.bytes += chunk.length;
    if (this.bytes > MAX_CSV_BYTES) return callback(tooLargeError());
    if (this.head === null) return callback(null, this.toLf(chunk));

    const head = Buffer.concat([this.head, chunk]);
    if (head.length < UTF8_BOM.length) {
      this.head = head;

      return callback();
    }
    this.passHead(head, callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.head === null || this.head.length === 0) return callback();
    this.passHead(this.head, callback);
  }

  private passHead(head: Buffer, callback: TransformCallback): void {
    this.head = null;
    if (startsWithUtf16Bom(head)) {
      return callback(
        new BadUserInputError(
          'The file is UTF-16, not valid UTF-8; save it as CSV UTF-8 and upload it again.',
        ),
      );
    }
    // The mark is removed here, not by csv-parse's `bom` option, because
    // csv-parse then decodes the rest as UTF-8 and hides invalid bytes.
    const body = head.subarray(0, UTF8_BOM.length).equals(UTF8_BOM)
      ? head.subarray(UTF8_BOM.length)
      : head;
    callback(null, this.toLf(body));
  }

  private toLf(chunk: Buffer): Buffer {
    const output = Buffer.allocUnsafe(chunk.length);
    let length = 0;
    for (let index = 0; index < chunk.length; index += 1) {
      const byte = chunk[index]!;
      if (byte === LF && this.afterCr) {
        this.afterCr = false;
        continue;
      }
      this.afterCr = byte === CR;
      output[length++] = byte === CR ? LF : byte;
    }

    return output.subarray(0, length);
  }
}

/** Checks for a UTF-16 byte order mark, big- or little-endian. */
function startsWithUtf16Bom(chunk: Buffer): boolean {
  const [first, second] = chunk;

  return (
    (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)
  );
}

/** A field's text, or where its bytes stop being UTF-8. */
export type DecodedField =
  { valid: true; text: string } | { valid: false; byte: number; text: string };

// Bytes below 0x80 mean the same in Latin-1 and UTF-8.
const NON_ASCII = /[\u0080-\u00ff]/;
// A character above U+00FF, or half of a surrogate pair, cannot come from
// a Latin-1 decoding.
const NOT_LATIN1 = /[\u0100-\uffff]/;

/**
 * Decodes a field that csv-parse read as Latin-1, which keeps one character
 * per byte, as strict UTF-8. An invalid field returns its first invalid
 * byte and a lossy decoding (U+FFFD in place of invalid bytes) to show.
 * Raises a plain Error for a field that is not Latin-1 text, because the
 * parser then decoded the bytes itself and invalid UTF-8 would pass as
 * U+FFFD.
 */
export function decodeField(latin1: string): DecodedField {
  if (NOT_LATIN1.test(latin1)) {
    throw new Error(
      'A CSV field was not read as Latin-1, so its bytes cannot be checked as UTF-8; the parser must be set to encoding latin1 with bom false.',
    );
  }
  if (!NON_ASCII.test(latin1)) return { valid: true, text: latin1 };
  const bytes = Buffer.from(latin1, 'latin1');
  const text = bytes.toString('utf8');
  if (isUtf8(bytes)) return { valid: true, text };

  return { valid: false, byte: bytes[firstInvalidUtf8Index(bytes)]!, text };
}

/** Index of the first byte that does not belong to a valid UTF-8 sequence. */
export function firstInvalidUtf8Index(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }

  return -1;
}

/** Length of the valid UTF-8 sequence at `start`, or 0 if it is invalid. */
function utf8SequenceLength(bytes: Uint8Array, start: number): number {
  const lead = bytes[start]!;
  if (lead < 0x80) return 1;
  // Ranges from RFC 3629, section 4, which excludes overlong forms,
  // surrogates and code points above U+10FFFF.
  let length: number;
  let secondMin = 0x80;
  let secondMax = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) secondMin = 0xa0;
    if (lead === 0xed) secondMax = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) secondMin = 0x90;
    if (lead === 0xf4) secondMax = 0x8f;
  } else return 0;
  if (start + length > bytes.length) return 0;
  const second = bytes[start + 1]!;
  if (second < secondMin || second > secondMax) return 0;
  for (let offset = 2; offset < length; offset += 1) {
    const next = bytes[start + offset]!;
    if (next < 0x80 || next > 0xbf) return 0;
  }

  return length;
}
