import { SDGS } from '@test/reference-data';

import {
  contrastRatio,
  readableTextColour,
  relativeLuminance,
} from './contrast';

describe('relativeLuminance', () => {
  test('black, white and mid grey', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBe(1);
    expect(relativeLuminance('#777777')).toBeCloseTo(0.1845, 4);
  });

  test('rejects anything but #rrggbb', () => {
    expect(relativeLuminance('#fff')).toBeNull();
    expect(relativeLuminance('red')).toBeNull();
    expect(relativeLuminance('#12345g')).toBeNull();
  });
});

describe('contrastRatio', () => {
  test('black on white is 21', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
  });

  test('white on SDG 7 yellow fails', () => {
    expect(contrastRatio('#ffffff', '#FCC30B')).toBeCloseTo(1.62, 2);
  });
});

describe('readableTextColour', () => {
  test('dark text on light goals', () => {
    expect(readableTextColour('#DDA63A')).toBe('#000000');
    expect(readableTextColour('#FCC30B')).toBe('#000000');
    expect(readableTextColour('#FD9D24')).toBe('#000000');
  });

  test('white text on dark goals', () => {
    expect(readableTextColour('#19486A')).toBe('#ffffff');
    expect(readableTextColour('#00689D')).toBe('#ffffff');
  });

  test.each(SDGS)('goal $number reaches 4.5:1', ({ colour }) => {
    const ratio = contrastRatio(colour, readableTextColour(colour));

    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });

  test('invalid colour falls back to white', () => {
    expect(readableTextColour('tomato')).toBe('#ffffff');
  });
});
