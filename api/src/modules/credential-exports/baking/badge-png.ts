import { deflateSync } from 'node:zlib';

import { encodePngChunk, PNG_SIGNATURE } from './png-baking.js';

/** Side of the generated badge image in pixels. */
export const BADGE_PNG_SIZE = 256;

/**
 * Encodes 8-bit RGBA pixels (row by row, 4 bytes each) as a PNG with one
 * IDAT chunk and no filtering (filter type 0 on every scanline).
 */
export function encodeRgbaPng(
  width: number,
  height: number,
  rgba: Buffer,
): Buffer {
  if (rgba.length !== width * height * 4) {
    throw new RangeError(
      `Expected ${width * height * 4} bytes of RGBA pixels for ${width}x${height}, got ${rgba.length}.`,
    );
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // Bit depth 8, colour type 6 (RGBA), deflate, adaptive filters, no interlace.
  header.set([8, 6, 0, 0, 0], 8);
  const rowBytes = width * 4;
  const scanlines = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rgba.copy(
      scanlines,
      y * (rowBytes + 1) + 1,
      y * rowBytes,
      (y + 1) * rowBytes,
    );
  }

  return Buffer.concat([
    PNG_SIGNATURE,
    encodePngChunk('IHDR', header),
    encodePngChunk('IDAT', deflateSync(scanlines)),
    encodePngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Parses `#rrggbb`; raises RangeError for anything else. */
function parseHexColour(colour: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (match === null) {
    throw new RangeError(`Colour "${colour}" is not of the form #rrggbb.`);
  }

  return [1, 2, 3].map((group) => parseInt(match[group]!, 16)) as [
    number,
    number,
    number,
  ];
}

/**
 * Draws a badge: a filled disc in `colour` with a white ring inside its
 * edge, on a transparent background, with anti-aliased edges.
 */
export function drawBadgePng(colour: string, size = BADGE_PNG_SIZE): Buffer {
  const [red, green, blue] = parseHexColour(colour);
  const pixels = Buffer.alloc(size * size * 4);
  const centre = size / 2;
  const outer = size / 2 - 2;
  const ringOuter = outer * 0.86;
  const ringInner = outer * 0.8;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const distance = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
      const alpha = Math.max(0, Math.min(1, outer - distance + 0.5));
      const ring = distance <= ringOuter && distance >= ringInner;
      const offset = (y * size + x) * 4;
      pixels[offset] = ring ? 255 : red;
      pixels[offset + 1] = ring ? 255 : green;
      pixels[offset + 2] = ring ? 255 : blue;
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }

  return encodeRgbaPng(size, size, pixels);
}
