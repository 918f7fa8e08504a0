import 'i18next';
import type { FeatureMessages } from '../../app/features';
import type { Messages } from './locales/fi';

// Typed translation keys: t('login.titel') is a type error; useTranslation('services') types the
// services feature's own keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages } & FeatureMessages;
  }
}
