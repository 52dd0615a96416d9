/** The text that link previews of a badge page show. */
export interface PagePreview {
  title: string;
  description: string;
  /** Absolute URLs; a generic preview has neither. */
  url?: string;
  imageUrl?: string;
  /** `summary_large_image` needs an image, so a generic preview uses `summary`. */
  twitterCard: 'summary' | 'summary_large_image';
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML element's content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/** Shortens text to at most `max` characters, ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;

  return `${flat.slice(0, max - 1).trimEnd()}…`;
}

function metaTags(preview: PagePreview): string[] {
  const property = (name: string, content: string) =>
    `<meta property="${name}" content="${escapeHtml(content)}" />`;
  const named = (name: string, content: string) =>
    `<meta name="${name}" content="${escapeHtml(content)}" />`;
  const tags = [
    named('description', preview.description),
    property('og:type', 'website'),
    property('og:site_name', 'Learnscape'),
    property('og:title', preview.title),
    property('og:description', preview.description),
  ];
  if (preview.url !== undefined) tags.push(property('og:url', preview.url));
  if (preview.imageUrl !== undefined) {
    tags.push(property('og:image', preview.imageUrl));
  }
  tags.push(
    named('twitter:card', preview.twitterCard),
    named('twitter:title', preview.title),
    named('twitter:description', preview.description),
  );
  if (preview.imageUrl !== undefined) {
    tags.push(named('twitter:image', preview.imageUrl));
  }

  return tags;
}

/**
 * Writes the preview's title and meta tags into the web app's index.html:
 * the `<title>` is replaced and the tags go right before `</head>`. Every
 * value is HTML-escaped, because badge names and descriptions are written
 * by providers.
 */
export function injectPreview(indexHtml: string, preview: PagePreview): string {
  const title = `<title>${escapeHtml(preview.title)}</title>`;
  const withTitle = /<title>[\s\S]*?<\/title>/i.test(indexHtml)
    ? indexHtml.replace(/<title>[\s\S]*?<\/title>/i, () => title)
    : indexHtml.replace(/<\/head>/i, () => `${title}\n</head>`);
  const tags = metaTags(preview).join('\n    ');

  // A function replacement keeps `$` in badge names from acting as a
  // replacement pattern.
  return withTitle.replace(/<\/head>/i, () => `  ${tags}\n  </head>`);
}
