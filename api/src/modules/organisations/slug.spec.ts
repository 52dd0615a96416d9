import { firstFreeSlug, MAX_SLUG_LENGTH, slugify } from './slug.js';

describe('slugify', () => {
  it.each([
    ['Blue Mountains City Council', 'blue-mountains-city-council'],
    ['  Katoomba   Library  ', 'katoomba-library'],
    ['Café & Co.', 'cafe-co'],
    ['Ōtautahi Youth Hub', 'otautahi-youth-hub'],
    ['TAFE NSW — Penrith', 'tafe-nsw-penrith'],
    ['123 Makers', '123-makers'],
  ])('turns %j into %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('falls back for names without letters or digits', () => {
    expect(slugify('!!!')).toBe('organisation');
    expect(slugify('中文')).toBe('organisation');
  });

  it('cuts long names without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(MAX_SLUG_LENGTH - 1)} b`);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('firstFreeSlug', () => {
  it('keeps a free base', () => {
    expect(firstFreeSlug('library', ['library-2'])).toBe('library');
  });

  it('numbers a taken base from 2', () => {
    expect(firstFreeSlug('library', ['library'])).toBe('library-2');
  });

  it('skips taken numbers', () => {
    expect(
      firstFreeSlug('library', ['library', 'library-2', 'library-3']),
    ).toBe('library-4');
  });
});
