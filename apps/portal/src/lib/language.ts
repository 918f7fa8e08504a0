import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@linja/ui';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';

/** The reader's UI language (fi/sv/en). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return currentLanguage(i18n);
}

/** The `lang` query parameter, when it names one of our languages. */
export function languageFromSearch(search: string): Language | null {
  const lang = new URLSearchParams(search).get('lang');
  return isLanguage(lang) ? lang : null;
}

/**
 * A portal link that keeps the reader's language: `?lang=` is added unless it is the default
 * (Finnish), so a copied link opens in the language it was read in.
 */
export function withLang(href: string, language: Language): string {
  const [path = '', query = ''] = href.split('?');
  const params = new URLSearchParams(query);
  if (language === DEFAULT_LANGUAGE) params.delete('lang');
  else params.set('lang', language);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** A hook form of withLang for components. */
export function useHref(): (href: string) => string {
  const language = useLanguage();
  return (href) => withLang(href, language);
}
