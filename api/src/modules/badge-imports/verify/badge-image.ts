import { sanitiseSvg } from '../../files/upload/svg-sanitiser.js';
import {
  FetchRejectedError,
  type SafeFetcher,
} from '../safe-fetch/safe-fetcher.js';

/** The largest badge image kept with an import. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

const IMAGE_TYPES = [
  'image/png',
  'image/svg+xml',
  'image/jpeg',
  'image/gif',
  'image/webp',
];

export interface BadgeImage {
  data: Buffer;
  contentType: string;
}

/**
 * Checks image bytes by their content and returns what may be stored: a
 * PNG, JPEG, GIF or WebP as is, an SVG sanitised like uploaded files.
 * Returns null for anything else.
 */
export async function acceptImage(bytes: Buffer): Promise<BadgeImage | null> {
  const type = rasterType(bytes);
  if (type !== null) return { data: bytes, contentType: type };
  const svg = await sanitiseSvg(bytes);

  return svg === null ? null : { data: svg, contentType: 'image/svg+xml' };
}

function rasterType(bytes: Buffer): string | null {
  const hex = bytes.subarray(0, 12).toString('hex');
  if (hex.startsWith('89504e470d0a1a0a')) return 'image/png';
  if (hex.startsWith('ffd8ff')) return 'image/jpeg';
  if (hex.startsWith('474946383761') || hex.startsWith('474946383961')) {
    return 'image/gif';
  }
  if (hex.startsWith('52494646') && hex.slice(16, 24) === '57454250') {
    return 'image/webp';
  }

  return null;
}

const DATA_URI = /^data:(image\/[\w.+-]+)?(;base64)?,(.*)$/is;

/** Decodes a data: URI's payload; null when its percent-encoding is malformed. */
function dataUriBytes(payload: string, base64: boolean): Buffer | null {
  if (base64) return Buffer.from(payload, 'base64');
  try {
    return Buffer.from(decodeURIComponent(payload), 'utf8');
  } catch {
    return null;
  }
}

/**
 * Loads a badge image from a data: URI or through the guarded fetcher.
 * Returns null when there is none or it cannot be used: a missing image
 * does not make a badge invalid.
 */
export async function loadImage(
  fetcher: SafeFetcher,
  reference: string | null,
): Promise<BadgeImage | null> {
  if (reference === null) return null;
  const data = DATA_URI.exec(reference.trim());
  if (data !== null) {
    const bytes = dataUriBytes(data[3]!, data[2] !== undefined);

    return bytes === null || bytes.length > MAX_IMAGE_BYTES
      ? null
      : acceptImage(bytes);
  }
  try {
    const fetched = await fetcher.fetch({
      url: reference,
      accept: IMAGE_TYPES.join(', '),
      allowedTypes: IMAGE_TYPES,
      maxBytes: MAX_IMAGE_BYTES,
    });

    return await acceptImage(fetched.body);
  } catch (error) {
    if (error instanceof FetchRejectedError) return null;
    throw error;
  }
}
