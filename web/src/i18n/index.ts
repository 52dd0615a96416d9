import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './locales/en';

/**
 * Translations by language code. Adding a language means adding a folder of
 * JSON files like `locales/en` and listing it here. Components only call
 * `t` with the keys of the English files.
 */
export const resources = {
  en: { translation: en },
} as const;

/** Creates and initialises an i18next instance for the given language. */
export function createI18n(language = detectLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: Object.keys(resources),
    nonExplicitSupportedLngs: true,
    // React already escapes text, so i18next must not escape it twice.
    interpolation: { escapeValue: false },
    initAsync: false,
  });

  return instance;
}

function detectLanguage(): string {
  return typeof navigator === 'undefined' ? 'en' : navigator.language;
}
