import { crc32 } from 'node:zlib';

/** The eight bytes every PNG datastream starts with (PNG section 5.2). */
export const PNG_SIGNATURE = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
]);

/** The iTXt keyword Open Badges 3.0 bakes a credential under. */
export const BADGE_KEYWORD = 'openbadgecredential';

/** PNG limits a chunk's data length to 2^31 - 1 bytes. */
const MAX_CHUNK_LENGTH = 0x7fffffff;

/** A PNG that cannot be read, with the reason a person can act on. */
export class InvalidPngError extends Error {}

export interface PngChunk {
  type: string;
  /** Offset of the chunk's length field in the datastream. */
  start: number;
  /** Offset just past the chunk's CRC. */
  end: number;
  data: Buffer;
}

/** Returns true when the bytes start with the PNG signature. */
export function isPng(bytes: Buffer): boolean {
  return (
    bytes.length >= PNG_SIGNATURE.length &&
    bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)
  );
}

/**
 * Splits a PNG into its chunks, checking each length and CRC, and stops at
 * IEND. Raises InvalidPngError for anything that is not a whole PNG.
 */
export function readPngChunks(png: Buffer): PngChunk[] {
  if (!isPng(png)) {
    throw new InvalidPngError(
      'The file is not a PNG image: it does not start with the PNG signature.',
    );
  }
  const chunks: PngChunk[] = [];
  let offset = PNG_SIGNATURE.length;
  while (offset < png.length) {
    const chunk = readChunkAt(png, offset);
    chunks.push(chunk);
    offset = chunk.end;
    if (chunk.type === 'IEND') return chunks;
  }
  throw new InvalidPngError(
    'The PNG image is truncated: it ends before its IEND chunk.',
  );
}

function readChunkAt(png: Buffer, start: number): PngChunk {
  if (start + 12 > png.length) {
    throw new InvalidPngError(
      `The PNG image is truncated: a chunk header at byte ${start} is incomplete.`,
    );
  }
  const length = png.readUInt32BE(start);
  const type = png.toString('latin1', start + 4, start + 8);
  if (length > MAX_CHUNK_LENGTH || start + 12 + length > png.length) {
    throw new InvalidPngError(
      `The PNG chunk "${printable(type)}" at byte ${start} claims ${length} bytes of data, more than the file holds.`,
    );
  }
  if (!/^[A-Za-z]{4}$/.test(type)) {
    throw new InvalidPngError(
      `The PNG chunk at byte ${start} has an invalid type; chunk types are four ASCII letters.`,
    );
  }
  const data = png.subarray(start + 8, start + 8 + length);
  const storedCrc = png.readUInt32BE(start + 8 + length);
  const actualCrc = crc32(png.subarray(start + 4, start + 8 + length));
  if (storedCrc !== actualCrc) {
    throw new InvalidPngError(
      `The PNG chunk "${type}" at byte ${start} is damaged: its CRC does not match its data.`,
    );
  }

  return { type, start, end: start + 12 + length, data };
}

function printable(type: string): string {
  return type.replace(/[^\x20-\x7e]/g, '?');
}

/** Builds one chunk: length, type, data and the CRC of type and data. */
export function encodePngChunk(type: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(data.length, 0);
  header.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([header.subarray(4), data])), 0);

  return Buffer.concat([header, data, crc]);
}

/**
 * Builds the iTXt data for the badge: keyword, NUL, compression flag 0,
 * compression method 0, an empty language tag and translated keyword (each
 * NUL-terminated), then the UTF-8 text (PNG section 11.3.4.5).
 */
function badgeItxtData(text: string): Buffer {
  return Buffer.concat([
    Buffer.from(BADGE_KEYWORD, 'latin1'),
    Buffer.from([0, 0, 0, 0, 0]),
    Buffer.from(text, 'utf8'),
  ]);
}

interface ItxtText {
  keyword: string;
  text: string;
}

/** Parses an iTXt chunk's data; raises InvalidPngError when malformed. */
function parseItxt(data: Buffer): ItxtText {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 1 || keywordEnd + 3 > data.length) {
    throw new InvalidPngError('A PNG iTXt chunk has no valid keyword.');
  }
  const keyword = data.toString('latin1', 0, keywordEnd);
  const compressed = data[keywordEnd + 1];
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) {
    throw new InvalidPngError(
      `The PNG iTXt chunk "${keyword}" is truncated before its text.`,
    );
  }
  if (compressed !== 0 && keyword === BADGE_KEYWORD) {
    throw new InvalidPngError(
      'The baked credential is compressed; Open Badges 3.0 requires uncompressed iTXt text.',
    );
  }

  return { keyword, text: data.toString('utf8', translatedEnd + 1) };
}

function isBadgeChunk(chunk: PngChunk): boolean {
  return (
    chunk.type === 'iTXt' &&
    chunk.data.subarray(0, BADGE_KEYWORD.length + 1).toString('latin1') ===
      `${BADGE_KEYWORD}\0`
  );
}

/**
 * Bakes `payload` (a credential's JSON or its compact JWS) into a PNG as
 * the one `openbadgecredential` iTXt chunk, just before IEND. An existing
 * badge chunk is replaced, because the keyword may appear only once.
 */
export function bakePng(png: Buffer, payload: string): Buffer {
  const chunks = readPngChunks(png);
  const parts: Buffer[] = [PNG_SIGNATURE];
  for (const chunk of chunks) {
    if (isBadgeChunk(chunk)) continue;
    if (chunk.type === 'IEND') {
      parts.push(encodePngChunk('iTXt', badgeItxtData(payload)));
    }
    parts.push(png.subarray(chunk.start, chunk.end));
  }

  return Buffer.concat(parts);
}

/**
 * Returns the text of the first `openbadgecredential` iTXt chunk, or null
 * when the PNG has none. Raises InvalidPngError for a damaged PNG.
 */
export function unbakePng(png: Buffer): string | null {
  const chunk = readPngChunks(png).find(isBadgeChunk);

  return chunk === undefined ? null : parseItxt(chunk.data).text;
}
