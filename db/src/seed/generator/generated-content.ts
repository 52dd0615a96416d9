import type { Theme } from '../content/theme.js';
import { THEMES } from '../content/themes.js';
import type { OpportunityKind } from '../opportunities/seed-rows.js';

/** How often each kind occurs in generated data. */
export const GENERATED_KINDS: readonly (readonly [OpportunityKind, number])[] =
  [
    ['workshop', 0.22],
    ['course', 0.15],
    ['event', 0.15],
    ['volunteering', 0.15],
    ['youth_cafe', 0.13],
    ['mentoring', 0.1],
    ['work_experience', 0.1],
  ];

const themesByCountry = new Map<string, readonly Theme[]>();

/** Returns the themes that read naturally in a country. */
export function themesFor(countryCode: string): readonly Theme[] {
  let themes = themesByCountry.get(countryCode);
  if (themes === undefined) {
    themes = THEMES.filter(
      (theme) =>
        theme.countries === undefined || theme.countries.includes(countryCode),
    );
    themesByCountry.set(countryCode, themes);
  }

  return themes;
}
