import { escapeHtml, injectPreview, truncate } from './open-graph.js';

describe('escapeHtml', () => {
  it('escapes markup and both quotes', () => {
    expect(escapeHtml(`<a href="x">Tom's & co</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;',
    );
  });
});

describe('truncate', () => {
  it('keeps short text and flattens whitespace', () => {
    expect(truncate('Line one\n\n  line two', 40)).toBe('Line one line two');
  });

  it('ends long text with an ellipsis within the limit', () => {
    const result = truncate('a'.repeat(50), 10);

    expect(result).toHaveLength(10);
    expect(result.endsWith('…')).toBe(true);
  });
});

describe('injectPreview', () => {
  const preview = {
    title: 'Costs $1 – $& more',
    description: 'Plain',
    twitterCard: 'summary' as const,
  };

  it('replaces the title and keeps dollar signs literal', () => {
    const html = injectPreview(
      '<html><head><title>Old</title></head><body></body></html>',
      preview,
    );

    expect(html).toContain('<title>Costs $1 – $&amp; more</title>');
    expect(html).not.toContain('Old');
  });

  it('adds a title to a page without one', () => {
    const html = injectPreview('<html><head></head></html>', preview);

    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.indexOf('<title>')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves out the image and URL tags when absent', () => {
    const html = injectPreview('<head></head>', preview);

    expect(html).not.toContain('og:image');
    expect(html).not.toContain('og:url');
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
  });
});
