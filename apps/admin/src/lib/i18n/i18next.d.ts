import 'i18next';
import type { Messages } from './locales/fi';

// Typed translation keys: t('login.titel') is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
