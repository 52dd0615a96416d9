/** The badge colour when a design has no SDG: a neutral slate. */
export const NEUTRAL_COLOUR = '#3F4A5A';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!);
}

/** Up to two initials of the name's first words, such as `RC` for "Repair café". */
export function initialsOf(name: string): string {
  const words = name
    .split(/[\s\-_/]+/u)
    .filter((word) => /\p{L}|\p{N}/u.test(word));
  const initials = words
    .slice(0, 2)
    .map(
      (word) =>
        [...word].find((character) => /\p{L}|\p{N}/u.test(character)) ?? '',
    )
    .join('')
    .toLocaleUpperCase('en');

  return initials === '' ? '?' : initials;
}

/**
 * Draws a round badge in `colour` with the name's initials, as SVG with no
 * external references, scripts or fonts to load. The same name and colour
 * always give the same bytes.
 */
export function generateBadgeSvg(name: string, colour: string): string {
  const fill = /^#[0-9A-Fa-f]{6}$/.test(colour) ? colour : NEUTRAL_COLOUR;
  const label = escapeXml(name);

  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512" role="img">',
    `<title>${label}</title>`,
    `<circle cx="256" cy="256" r="248" fill="${fill}"/>`,
    '<circle cx="256" cy="256" r="208" fill="none" stroke="#FFFFFF" stroke-width="12"/>',
    `<text x="256" y="256" text-anchor="middle" dominant-baseline="central" font-family="Arial, Helvetica, sans-serif" font-size="170" font-weight="700" fill="#FFFFFF">${escapeXml(initialsOf(name))}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
