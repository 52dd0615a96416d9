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
