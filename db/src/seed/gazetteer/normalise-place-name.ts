// Letters that Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSABLE_LETTERS: Record<string, string> = {
  æ: 'ae',
  ð: 'd',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
};

const UNDECOMPOSABLE_PATTERN = new RegExp(
  `[${Object.keys(UNDECOMPOSABLE_LETTERS).join('')}]`,
  'gu',
);

/**
 * Lower-cases a place name and removes its diacritics, so that "otautahi"
 * matches "Ōtautahi". The gazetteer stores this form in `places.search_name`
 * and searches must normalise their query with the same function.
 */
export function normalisePlaceName(name: string): string {
  // Lower-casing first lets NFD strip the dot that "İ" lower-cases to.
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(
      UNDECOMPOSABLE_PATTERN,
      (letter) => UNDECOMPOSABLE_LETTERS[letter] ?? letter,
    );
}
