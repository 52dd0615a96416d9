/** Maximum size of a file `POST /api/imported-badges` accepts: 5 MiB. */
export const MAX_BADGE_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Maximum length of the text `importBadgeText` accepts, below the 100 kB
 * GraphQL body limit.
 */
export const MAX_PASTED_CHARACTERS = 90_000;

/** Maximum length of the URL `importBadgeUrl` accepts. */
export const MAX_URL_LENGTH = 2000;

/** File types the file input offers: baked PNG and SVG images. */
export const ACCEPTED_BADGE_FILES = '.png,.svg,image/png,image/svg+xml';

/** A problem the page finds before sending, as a translation key and values. */
export interface InputProblem {
  key: string;
  values?: Record<string, string | number>;
}

const BYTES_PER_MIB = 1024 * 1024;

function isBakedImage(file: File): boolean {
  const name = file.name.toLowerCase();
  if (file.type === 'image/png' || file.type === 'image/svg+xml') return true;

  // Some systems leave the type empty, so the extension decides then.
  return file.type === '' && (name.endsWith('.png') || name.endsWith('.svg'));
}

/**
 * Checks a chosen file's type and size before it is uploaded. The API reads
 * the type from the bytes and checks again.
 */
export function badgeFileProblem(
  file: File,
  locale: string,
): InputProblem | null {
  if (!isBakedImage(file)) {
    return file.type === ''
      ? {
          key: 'badgeImports.file.errors.typeUnknown',
          values: { name: file.name },
        }
      : {
          key: 'badgeImports.file.errors.type',
          values: { name: file.name, type: file.type },
        };
  }
  if (file.size > MAX_BADGE_FILE_BYTES) {
    const size = new Intl.NumberFormat(locale, {
      maximumFractionDigits: 1,
    }).format(file.size / BYTES_PER_MIB);

    return {
      key: 'badgeImports.file.errors.tooLarge',
      values: { name: file.name, size },
    };
  }

  return null;
}

/** Checks pasted text for being present and short enough to send. */
export function pastedTextProblem(text: string): InputProblem | null {
  if (text.trim() === '') return { key: 'badgeImports.text.errors.empty' };
  if (text.length > MAX_PASTED_CHARACTERS) {
    return {
      key: 'badgeImports.text.errors.tooLong',
      values: { count: text.length, max: MAX_PASTED_CHARACTERS },
    };
  }

  return null;
}

/** Checks that a URL is an absolute http or https URL of allowed length. */
export function badgeUrlProblem(url: string): InputProblem | null {
  const trimmed = url.trim();
  if (trimmed === '') return { key: 'badgeImports.url.errors.empty' };
  if (trimmed.length > MAX_URL_LENGTH) {
    return {
      key: 'badgeImports.url.errors.tooLong',
      values: { count: trimmed.length, max: MAX_URL_LENGTH },
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return { key: 'badgeImports.url.errors.invalid', values: { url: trimmed } };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { key: 'badgeImports.url.errors.invalid', values: { url: trimmed } };
  }

  return null;
}
