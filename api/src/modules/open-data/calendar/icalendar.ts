/** A content line's name, optional parameters and value, before folding. */
export interface ContentLine {
  name: string;
  value: string;
}

/** RFC 5545 section 3.1: lines longer than 75 octets are folded. */
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

/**
 * Escapes a TEXT value (RFC 5545 section 3.3.11): backslash, semicolon and
 * comma get a backslash, and every line break becomes `\n`.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Formats an instant as a UTC DATE-TIME such as `20300301T090000Z`. */
export function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * Folds a content line into lines of at most 75 octets of UTF-8, each
 * continuation starting with one space. It breaks only between code
 * points, so no multi-byte character is split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    // A continuation line's leading space counts towards its 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);

  return parts.join(`${CRLF} `);
}

/** Joins content lines into a folded iCalendar text with CRLF endings. */
export function serialise(lines: readonly ContentLine[]): string {
  return lines
    .map((line) => `${foldLine(`${line.name}:${line.value}`)}${CRLF}`)
    .join('');
}
