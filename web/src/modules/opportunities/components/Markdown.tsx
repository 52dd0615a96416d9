import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { useMemo } from 'react';

// Headings in a description sit under the panel's own h2, so they start at h3.
const markdown = new Marked({
  gfm: true,
  async: false,
  walkTokens(token) {
    if (token.type === 'heading') token.depth = Math.min(token.depth + 2, 6);
  },
});

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'hr',
  'ul',
  'ol',
  'li',
  'a',
  'h3',
  'h4',
  'h5',
  'h6',
];

/**
 * Converts provider-written Markdown to HTML that keeps only text formatting
 * and links. Raw HTML in the source, images and scripts are dropped.
 */
export function renderMarkdown(source: string): string {
  const html = markdown.parse(source) as string;

  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#)/i,
  });
}

export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);

  return (
    <div
      className="markdown"
      // Safe: renderMarkdown sanitises with DOMPurify and an allow-list.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
