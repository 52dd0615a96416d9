/**
 * Characters that JSON may hold literally but an HTML script element may
 * not: `<` starts `</script>` and `<!--`, which end or change the script
 * element, and U+2028 and U+2029 end lines in older JavaScript parsers.
 * JSON's `\uXXXX` escapes keep the data identical for a JSON-LD reader.
 */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/** Returns the `<script type="application/ld+json">` element of `data`. */
export function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data).replace(
    SCRIPT_UNSAFE,
    (character) =>
      `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

  return `<script type="application/ld+json">${json}</script>`;
}

/** Inserts `element` right before `</head>`. */
export function injectIntoHead(html: string, element: string): string {
  // A function replacement keeps `$` in the data from acting as a
  // replacement pattern.
  return html.replace(/<\/head>/i, () => `  ${element}\n  </head>`);
}
