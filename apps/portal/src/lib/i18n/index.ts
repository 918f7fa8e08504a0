import { DEFAULT_LANGUAGE, LANGUAGE_CODES, isLanguage, type Language } from '@linja/ui';
import i18next, { type i18n as I18n } from 'i18next';
import { en } from './locales/en';
import { fi } from './locales/fi';
import { sv } from './locales/sv';

export const LANGUAGE_STORAGE_KEY = 'linja.portal.language';

export const resources = {
  fi: { translation: fi },
  sv: { translation: sv },
  en: { translation: en },
} as const;

// Discretion: the portal keeps the chosen language in sessionStorage (this tab only), not in
// localStorage, so a visit leaves no lasting trace in the browser's storage. No cookies either.
function readStoredLanguage(): Language | undefined {
  try {
    const stored = window.sessionStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function storeLanguage(language: string): void {
  try {
    window.sessionStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage unavailable: the language lasts this page view.
  }
}

/**
 * A fresh, synchronously initialised i18next instance (resources are bundled), for <I18nextProvider>.
 * Finnish by default: many Finnish speakers browse with an English UI, so the browser's language is
 * not a good guess. Every change updates <html lang> and is kept for the tab's session.
 */
export function createI18n(language: Language = readStoredLanguage() ?? DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng: string) => {
    document.documentElement.lang = lng;
    storeLanguage(lng);
  });
  void instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGE_CODES,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes.
  });
  return instance;
}

/** The instance's language as one of ours (the switcher needs a definite value). */
export function currentLanguage(instance: I18n): Language {
  const lng = instance.resolvedLanguage ?? instance.language;
  return isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
}
