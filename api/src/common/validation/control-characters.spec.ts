import { bidiControlIn, hasVisibleCharacter } from './control-characters.js';

describe('bidiControlIn', () => {
  it.each([
    ['\u202A', 'U+202A'],
    ['\u202E', 'U+202E'],
    ['\u2066', 'U+2066'],
    ['\u2069', 'U+2069'],
  ])('finds %j', (control, name) => {
    expect(bidiControlIn(`Barista ${control}crew`)).toBe(name);
  });

  it('allows right-to-left text and marks', () => {
    expect(bidiControlIn('نادل \u200F barista')).toBeNull();
  });
});

describe('hasVisibleCharacter', () => {
  it.each(['\u200B\u200B\u200B', ' \u00A0\u2060', '\u3164\uFEFF', '\u0301'])(
    'is false for %j',
    (text) => {
      expect(hasVisibleCharacter(text)).toBe(false);
    },
  );

  it.each(['a', '\u200Bx', '٣', '😀'])('is true for %j', (text) => {
    expect(hasVisibleCharacter(text)).toBe(true);
  });
});
