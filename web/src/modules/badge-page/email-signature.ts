const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

export interface SignatureBadge {
  pageUrl: string;
  imageUrl: string;
  /** The image's alternative text. */
  imageAlt: string;
  /** The link's text, such as "Bike Mechanic, issued by Katoomba Bike Club". */
  linkText: string;
}

/**
 * Builds an e-mail signature snippet: the badge image and a text link to
 * its public page. Styles are inline because e-mail programs drop style
 * sheets, and every value is escaped because badge names are user input.
 */
export function emailSignatureHtml(badge: SignatureBadge): string {
  const href = escapeHtml(badge.pageUrl);

  return [
    `<a href="${href}" style="text-decoration:none">`,
    `<img src="${escapeHtml(badge.imageUrl)}" alt="${escapeHtml(badge.imageAlt)}" width="48" height="48" style="vertical-align:middle;border:0">`,
    `</a> <a href="${href}">${escapeHtml(badge.linkText)}</a>`,
  ].join('');
}
