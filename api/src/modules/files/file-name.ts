import path from 'node:path';

const MAX_NAME_LENGTH = 200;

/**
 * Cleans an uploader's file name for display and downloads: the last path
 * segment, without control characters, quotes or backslashes, at most 200
 * characters. Falls back to `file` when nothing is left.
 */
export function cleanFileName(raw: string): string {
  const base = path.posix.basename(raw.replace(/\\/g, '/'));
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f"\\]/g, '')
    .trim()
    .slice(0, MAX_NAME_LENGTH);

  return cleaned === '' || cleaned === '.' || cleaned === '..'
    ? 'file'
    : cleaned;
}

/**
 * Builds an inline Content-Disposition with an ASCII fallback name and the
 * full name in RFC 8187 encoding, so that no name can break the header.
 */
export function inlineDisposition(name: string): string {
  const ascii = cleanFileName(name).replace(/[^\x20-\x7e]/g, '_');
  const encoded = encodeURIComponent(cleanFileName(name)).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );

  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
