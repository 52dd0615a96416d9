import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Picks the browser's preferred regional variant of the page language, so an
 * Australian reader of the English page gets "13 Dec" and "A$" amounts.
 */
export function pickFormatLocale(
  language: string,
  preferred: readonly string[],
): string {
  const base = language.toLowerCase().split('-')[0];
  const match = preferred.find(
    (tag) => tag.toLowerCase().split('-')[0] === base,
  );

  return match ?? language;
}

/** Returns the BCP 47 locale for Intl formatters. */
export function useFormatLocale(): string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;

  return useMemo(
    () =>
      pickFormatLocale(
        language,
        typeof navigator === 'undefined' ? [] : navigator.languages,
      ),
    [language],
  );
}
