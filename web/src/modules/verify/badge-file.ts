/** Transport the verify page uses for a chosen file. */
export type BadgeFileKind = 'png' | 'text';

const TEXT_TYPES = new Set([
  'image/svg+xml',
  'application/json',
  'application/ld+json',
  'application/vc+ld+json',
  'application/jwt',
  'text/plain',
]);
const TEXT_EXTENSIONS = ['.svg', '.json', '.jsonld', '.jwt', '.txt'];

/** File types the file input offers. */
export const ACCEPTED_FILES =
  '.png,.svg,.json,.jsonld,.jwt,.txt,image/png,image/svg+xml,application/json';

/**
 * Sorts a chosen file. A PNG goes to the server as bytes, because it is
 * binary and would not survive being read as text. SVG, JSON and JWT files
 * are text that the page reads itself. Returns null for any other file.
 * Browsers leave the type of `.jwt` files empty, so the name decides then.
 */
export function badgeFileKind(file: File): BadgeFileKind | null {
  const name = file.name.toLowerCase();
  if (file.type === 'image/png' || name.endsWith('.png')) return 'png';
  if (TEXT_TYPES.has(file.type)) return 'text';
  if (TEXT_EXTENSIONS.some((extension) => name.endsWith(extension))) {
    return 'text';
  }

  return null;
}

/** Formats a byte count for people, such as "2.4 MB". */
export function formatByteSize(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }

  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** Reads a file as UTF-8 text with FileReader, which every browser has. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () =>
      reject(reader.error ?? new Error('The browser could not read the file.'));
    reader.readAsText(file);
  });
}
