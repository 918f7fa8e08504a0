import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type Language } from '../languages';
import { servicePageMessages, type ServicePageMessages } from './messages';

/** "service.about", "hours.days.MONDAY": every leaf of the messages, dotted. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type ServicePageKey = Leaves<ServicePageMessages>;

export type ServicePageT = (
  key: ServicePageKey,
  values?: Record<string, string | number>,
) => string;

/** A translation function over the service page's own texts ({{name}} placeholders filled). */
export function servicePageT(language: Language): ServicePageT {
  const messages = servicePageMessages[language];
  return (key, values) => {
    let node: unknown = messages;
    for (const part of key.split('.')) {
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined;
    }
    const text = typeof node === 'string' ? node : key;
    return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      values && name in values ? String(values[name]) : whole,
    );
  };
}

interface ServicePageContextValue {
  /** The language the page is read in (the portal's UI language, the preview's chosen language). */
  language: Language;
  /** Plain-language Finnish where the text has it. */
  plain: boolean;
  t: ServicePageT;
}

const ServicePageContext = createContext<ServicePageContextValue | null>(null);

/** Gives the service page's components their language (and plain-language Finnish when chosen). */
export function ServicePageProvider({
  language,
  plain = false,
  children,
}: {
  language: Language;
  plain?: boolean;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ language, plain: plain && language === 'fi', t: servicePageT(language) }),
    [language, plain],
  );
  return <ServicePageContext.Provider value={value}>{children}</ServicePageContext.Provider>;
}

export function useServicePage(): ServicePageContextValue {
  const value = useContext(ServicePageContext);
  if (!value) throw new Error('A service page component needs <ServicePageProvider> around it.');
  return value;
}
