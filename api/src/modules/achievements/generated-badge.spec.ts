import {
  generateBadgeSvg,
  initialsOf,
  NEUTRAL_COLOUR,
} from './generated-badge.js';

describe('generated badge', () => {
  it.each([
    ['Repair café', 'RC'],
    ['first aid', 'FA'],
    ['Éco-warrior', 'ÉW'],
    ['Coding', 'C'],
    ['  ', '?'],
  ])('makes initials of %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it('is the same for the same input', () => {
    expect(generateBadgeSvg('Repair café', '#C5192D')).toBe(
      generateBadgeSvg('Repair café', '#C5192D'),
    );
  });

  it('escapes the name', () => {
    const svg = generateBadgeSvg('<script>&"', '#C5192D');

    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;');
  });

  it('uses the colour and has no external references', () => {
    const svg = generateBadgeSvg('Repair café', '#C5192D');

    expect(svg).toContain('fill="#C5192D"');
    expect(svg).not.toMatch(/href|url\(|<script|<image/);
  });

  it('falls back to the neutral colour', () => {
    expect(generateBadgeSvg('X', 'red;"')).toContain(
      `fill="${NEUTRAL_COLOUR}"`,
    );
  });
});
