import { createLinjaI18n, currentLanguage, isLanguage, type Language } from '@linja/ui';
import { type i18n as I18n } from 'i18next';
import { en } from './locales/en';
import { fi } from './locales/fi';
import { sv } from './locales/sv';

import { LANGUAGE_STORAGE_KEY } from '../storageKeys';

export { LANGUAGE_STORAGE_KEY };

export const resources = {
  fi: { translation: fi },
  sv: { translation: sv },
  en: { translation: en },
} as const;

/** The portal's i18next instance (see createLinjaI18n in @linja/ui); the language is kept in sessionStorage. */
export function createI18n(language?: Language): I18n {
  return createLinjaI18n({
    resources,
    storageKey: LANGUAGE_STORAGE_KEY,
    storage: 'session',
    language,
  });
}

export { currentLanguage };

/** The language this tab chose earlier (sessionStorage), if any: read before createI18n stores one. */
export function storedLanguage(): Language | undefined {
  try {
    const stored = window.sessionStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}
