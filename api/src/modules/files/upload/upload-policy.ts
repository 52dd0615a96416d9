import { StoredFilePurpose } from '../stored-file.entity.js';

const MEBIBYTE = 1024 * 1024;

/** A media type that uploads of one purpose may have, with its size limit. */
export interface AllowedType {
  /** The media type stored and served, as the content shows it to be. */
  contentType: string;
  /** A short name for messages, such as `PNG`. */
  label: string;
  maxBytes: number;
}

const PNG_IMAGE = { contentType: 'image/png', label: 'PNG' };

/** Badge images: PNG or SVG, at most 1 MiB. */
const ACHIEVEMENT_IMAGE_TYPES: AllowedType[] = [
  { ...PNG_IMAGE, maxBytes: MEBIBYTE },
  { contentType: 'image/svg+xml', label: 'SVG', maxBytes: MEBIBYTE },
];

/**
 * Evidence: photos and documents up to 25 MiB, videos up to 100 MiB. SVG is
 * not accepted as evidence, because a photo or a PDF shows the same.
 */
const EVIDENCE_TYPES: AllowedType[] = [
  { contentType: 'image/jpeg', label: 'JPEG', maxBytes: 25 * MEBIBYTE },
  { ...PNG_IMAGE, maxBytes: 25 * MEBIBYTE },
  { contentType: 'image/webp', label: 'WebP', maxBytes: 25 * MEBIBYTE },
  { contentType: 'image/gif', label: 'GIF', maxBytes: 25 * MEBIBYTE },
  { contentType: 'application/pdf', label: 'PDF', maxBytes: 25 * MEBIBYTE },
  {
    contentType: 'text/plain; charset=utf-8',
    label: 'plain text (UTF-8)',
    maxBytes: 25 * MEBIBYTE,
  },
  { contentType: 'video/mp4', label: 'MP4', maxBytes: 100 * MEBIBYTE },
  { contentType: 'video/webm', label: 'WebM', maxBytes: 100 * MEBIBYTE },
  {
    contentType: 'video/quicktime',
    label: 'QuickTime (MOV)',
    maxBytes: 100 * MEBIBYTE,
  },
];

/** The types each purpose accepts. */
export const UPLOAD_TYPES: Record<StoredFilePurpose, readonly AllowedType[]> = {
  [StoredFilePurpose.ACHIEVEMENT_IMAGE]: ACHIEVEMENT_IMAGE_TYPES,
  [StoredFilePurpose.EVIDENCE]: EVIDENCE_TYPES,
};

/** The largest file any type of the purpose allows. */
export function maxBytesOf(purpose: StoredFilePurpose): number {
  return Math.max(...UPLOAD_TYPES[purpose].map((type) => type.maxBytes));
}

/** Finds the allowed type whose media type starts with `mediaType`. */
export function allowedType(
  purpose: StoredFilePurpose,
  mediaType: string,
): AllowedType | null {
  return (
    UPLOAD_TYPES[purpose].find(
      (type) => type.contentType.split(';')[0] === mediaType,
    ) ?? null
  );
}

/** Lists the purpose's types for a message, such as `PNG or SVG`. */
export function describeTypes(purpose: StoredFilePurpose): string {
  const labels = UPLOAD_TYPES[purpose].map((type) => type.label);

  return `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)!}`;
}

/** Formats a byte count for messages, such as `25 MiB (26,214,400 bytes)`. */
export function describeSize(bytes: number): string {
  const mebibytes = bytes / MEBIBYTE;

  return `${Number.isInteger(mebibytes) ? mebibytes : mebibytes.toFixed(1)} MiB (${bytes.toLocaleString('en')} bytes)`;
}

/** Parses the `purpose` query parameter. */
export function parsePurpose(raw: unknown): StoredFilePurpose | null {
  const values = Object.values(StoredFilePurpose) as string[];

  return typeof raw === 'string' && values.includes(raw)
    ? (raw as StoredFilePurpose)
    : null;
}
