import { DEFAULT_LANGUAGE, LANGUAGE_CODES, isLanguage, type Language } from '@linja/ui';
import i18next, { type i18n as I18n } from 'i18next';
import { en } from './locales/en';
import { fi } from './locales/fi';
import { sv } from './locales/sv';

export const LANGUAGE_STORAGE_KEY = 'linja.admin.language';

export const resources = {
  fi: { translation: fi },
  sv: { translation: sv },
  en: { translation: en },
} as const;

// Storage can be unavailable (privacy modes, blocked cookies): the language then lasts the page view.
function readStoredLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function storeLanguage(language: string): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not persisted; nothing else to do.
  }
}

/**
 * A fresh, synchronously initialised i18next instance (resources are bundled), for <I18nextProvider>.
 * Finnish by default, or the language stored by an earlier visit. Every change updates <html lang>
 * and is persisted in localStorage.
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
