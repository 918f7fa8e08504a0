import { createLinjaI18n, currentLanguage, type Language } from '@linja/ui';
import { type i18n as I18n, type Resource } from 'i18next';
import type { FeatureModule } from '../../app/feature';
import { en } from './locales/en';
import { fi } from './locales/fi';
import { sv } from './locales/sv';

export const LANGUAGE_STORAGE_KEY = 'linja.admin.language';

export const coreResources = {
  fi: { translation: fi },
  sv: { translation: sv },
  en: { translation: en },
} as const;

/** The app-wide namespace plus one namespace per feature (its id), for every language. */
export function buildResources(
  features: readonly Pick<FeatureModule, 'id' | 'messages'>[],
): Resource {
  const resources: Resource = {
    fi: { ...coreResources.fi },
    sv: { ...coreResources.sv },
    en: { ...coreResources.en },
  };
  for (const feature of features) {
    for (const language of ['fi', 'sv', 'en'] as const) {
      (resources[language] as Record<string, unknown>)[feature.id] = feature.messages[language];
    }
  }
  return resources;
}

/** The admin's i18next instance (see createLinjaI18n in @linja/ui); the language is kept in localStorage. */
export function createI18n(
  features: readonly Pick<FeatureModule, 'id' | 'messages'>[],
  language?: Language,
): I18n {
  return createLinjaI18n({
    resources: buildResources(features),
    storageKey: LANGUAGE_STORAGE_KEY,
    storage: 'local',
    language,
  });
}

export { currentLanguage };
export type { Language };
