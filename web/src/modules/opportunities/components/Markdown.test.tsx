import { renderMarkdown } from './Markdown';

describe('renderMarkdown', () => {
  test('keeps text formatting and links', () => {
    const html = renderMarkdown(
      '**Bring** _water_.\n\n- one\n- two\n\n[Map](https://example.org/map)',
    );

    expect(html).toContain('<strong>Bring</strong>');
    expect(html).toContain('<em>water</em>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://example.org/map">Map</a>');
  });

  test('starts headings at level three', () => {
    expect(renderMarkdown('# Title\n\n## Part')).toBe(
      '<h3>Title</h3>\n<h4>Part</h4>\n',
    );
  });

  test('drops scripts and event handlers', () => {
    const html = renderMarkdown(
      'Hi <script>alert(1)</script><img src=x onerror="alert(2)"> <b onclick="x()">there</b>',
    );

    expect(html).not.toMatch(/script|onerror|onclick|<img/i);
    expect(html).toContain('Hi');
  });

  test('drops javascript links', () => {
    const html = renderMarkdown('[click](javascript:alert(1))');

    expect(html).not.toContain('javascript:');
    expect(html).toContain('click');
  });
});
