/** Line feed, carriage return and tab: the controls prose may hold. */
const LINE_CONTROLS = new Set([0x09, 0x0a, 0x0d]);

/** C0 controls, DEL and C1 controls. */
function isControl(codePoint: number): boolean {
  return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);
}

/**
 * The first control character in `text`, as U+XXXX, or null. Single-line
 * values reach e-mail subjects and page titles, where a line break could
 * start a new header or line.
 */
export function controlCharacterIn(
  text: string,
  allowLineBreaks = false,
): string | null {
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (!isControl(codePoint)) continue;
    if (allowLineBreaks && LINE_CONTROLS.has(codePoint)) continue;

    return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  }

  return null;
}

/**
 * The embedding, override and isolate controls (U+202A to U+202E, U+2066
 * to U+2069). In a title they can reverse the text around it, so that
 * what a reader sees differs from what was stored.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** Returns the first bidirectional control character in `text`, as U+XXXX, or null. */
export function bidiControlIn(text: string): string | null {
  const match = BIDI_CONTROL.exec(text);
  if (match === null) return null;

  return `U+${match[0].codePointAt(0)!.toString(16).toUpperCase()}`;
}

/**
 * Characters that draw nothing on their own: spaces, controls, format
 * characters such as U+200B, characters Unicode marks as default-ignorable such as
 * U+3164, and combining marks.
 */
const INVISIBLE =
  /[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}]/u;

/** Checks whether `text` has at least one character a reader can see. */
export function hasVisibleCharacter(text: string): boolean {
  for (const character of text) {
    if (!INVISIBLE.test(character)) return true;
  }

  return false;
}
