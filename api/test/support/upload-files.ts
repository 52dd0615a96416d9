import { deflateSync } from 'node:zlib';

import type { TestApp } from './test-app.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;

  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);

  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));

  return Buffer.concat([length, body, crc]);
}

/**
 * Builds a valid RGB PNG of one colour. `padding` adds a `tEXt` chunk of
 * that many bytes, to make a file of a chosen size.
 */
export function makePng(
  width = 4,
  height = 4,
  rgb: [number, number, number] = [200, 30, 45],
  padding = 0,
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: width }, () => rgb).flat()),
  ]);
  const pixels = deflateSync(Buffer.concat(Array(height).fill(row)));
  const chunks = [chunk('IHDR', header), chunk('IDAT', pixels)];
  if (padding > 0) {
    chunks.push(
      chunk(
        'tEXt',
        Buffer.concat([Buffer.from('Comment\0'), Buffer.alloc(padding, 0x41)]),
      ),
    );
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ...chunks,
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Builds a JPEG with a JFIF header, one comment segment and an end marker. */
export function makeJpeg(size = 2048): Buffer {
  const app0 = Buffer.from([
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00,
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  ]);
  const comment = Buffer.alloc(Math.min(size, 60_000), 0x20);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(comment.length + 2);

  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    app0,
    Buffer.from([0xff, 0xfe]),
    length,
    comment,
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** Builds an MP4 with an `ftyp` box (brand isom) and an empty `mdat` box. */
export function makeMp4(): Buffer {
  const ftyp = Buffer.concat([
    Buffer.from([0, 0, 0, 0x20]),
    Buffer.from('ftypisom', 'ascii'),
    Buffer.from([0, 0, 0x02, 0]),
    Buffer.from('isomiso2avc1mp41', 'ascii'),
  ]);
  const mdat = Buffer.concat([Buffer.from([0, 0, 0, 8]), Buffer.from('mdat')]);

  return Buffer.concat([ftyp, mdat]);
}

/** Builds a one-page PDF with a cross-reference table. */
export function makePdf(): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
    ].join('\n'),
  );
}

/** Builds a Windows executable header (`MZ` with a PE offset), as in a .exe file. */
export function makeExe(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'ascii');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'binary');

  return bytes;
}

export interface UploadResponse {
  status: number;
  body: {
    id?: string;
    contentType?: string;
    byteSize?: number;
    sha256?: string;
    name?: string;
    url?: string;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
}

/** A file part for `upload`: its bytes, name and declared media type. */
export interface UploadPart {
  bytes: Buffer;
  name: string;
  type?: string;
  field?: string;
}

/** Posts files as multipart/form-data to the organisation's upload route. */
export async function upload(
  api: TestApp,
  organisationId: string,
  purpose: string,
  parts: UploadPart[],
  cookie?: string,
): Promise<UploadResponse> {
  const form = new FormData();
  for (const part of parts) {
    form.append(
      part.field ?? 'file',
      new Blob([new Uint8Array(part.bytes)], {
        type: part.type ?? 'application/octet-stream',
      }),
      part.name,
    );
  }
  const response = await fetch(
    `${api.baseUrl}/api/organisations/${organisationId}/files?purpose=${purpose}`,
    {
      method: 'POST',
      body: form,
      headers: cookie === undefined ? {} : { cookie },
    },
  );

  return {
    status: response.status,
    body: (await response.json()) as UploadResponse['body'],
  };
}
