const HEX_COLOUR = /^#([0-9a-f]{6})$/i;
const WHITE = '#ffffff';
const BLACK = '#000000';

/** Converts an sRGB channel (0-255) to linear light, per WCAG 2.2. */
function linearChannel(value: number): number {
  const channel = value / 255;

  return channel <= 0.04045
    ? channel / 12.92
    : ((channel + 0.055) / 1.055) ** 2.4;
}

/**
 * Returns the WCAG 2.2 relative luminance (0 for black, 1 for white) of a
 * `#rrggbb` colour, or null for any other string.
 */
export function relativeLuminance(colour: string): number | null {
  const hex = HEX_COLOUR.exec(colour)?.[1];
  if (hex === undefined) return null;

  const [red, green, blue] = [0, 2, 4].map((start) =>
    linearChannel(parseInt(hex.slice(start, start + 2), 16)),
  ) as [number, number, number];

  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** Returns the WCAG contrast ratio (1 to 21) of two `#rrggbb` colours, or null. */
export function contrastRatio(first: string, second: string): number | null {
  const a = relativeLuminance(first);
  const b = relativeLuminance(second);
  if (a === null || b === null) return null;

  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * Returns white or black, whichever contrasts more with `background`. One of
 * the two always reaches at least 4.58:1, above the WCAG AA 4.5:1 for body
 * text. A string that is not `#rrggbb` gets white.
 */
export function readableTextColour(background: string): string {
  const onWhite = contrastRatio(background, WHITE);
  const onBlack = contrastRatio(background, BLACK);
  if (onWhite === null || onBlack === null) return WHITE;

  return onBlack > onWhite ? BLACK : WHITE;
}
