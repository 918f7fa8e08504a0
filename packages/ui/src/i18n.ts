import i18next, { type i18n as I18n, type Resource } from 'i18next';

import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_CODES, type Language } from './languages';

export interface LinjaI18nOptions {
  /** The app's bundled translations, one namespace per language. */
  resources: Resource;
  /** Where the chosen language is kept, under this key. */
  storageKey: string;
  /**
   * `local`: across visits (the admin). `session`: this tab only (the portal, for discretion: a visit
   * leaves no lasting trace in the browser).
   */
  storage: 'local' | 'session';
  /** Start in this language instead of the stored one (tests). */
  language?: Language;
}

function storageOf(kind: LinjaI18nOptions['storage']): Storage | undefined {
  // Storage can be unavailable (privacy modes, blocked cookies): the language then lasts the page view.
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}

function readLanguage(options: LinjaI18nOptions): Language | undefined {
  try {
    const stored = storageOf(options.storage)?.getItem(options.storageKey);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A fresh, synchronously initialised i18next instance for <I18nextProvider>: Finnish by default (many
 * Finnish speakers browse with an English UI, so the browser's language is not a good guess), or the
 * stored choice. Every change updates <html lang> and is stored.
 */
export function createLinjaI18n(options: LinjaI18nOptions): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language: string) => {
    // No document when the portal's first screen is rendered on the server.
    if (typeof document !== 'undefined') document.documentElement.lang = language;
    try {
      storageOf(options.storage)?.setItem(options.storageKey, language);
    } catch {
      // Not stored: the language lasts this page view.
    }
  });
  void instance.init({
    resources: options.resources,
    lng: options.language ?? readLanguage(options) ?? DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGE_CODES,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes.
  });
  return instance;
}

/** The instance's language as one of ours (the switcher needs a definite value). */
export function currentLanguage(instance: I18n): Language {
  const language = instance.resolvedLanguage ?? instance.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}
