import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { settingsMessages } from './i18n';

const SettingsPage = lazyPage(() => import('./SettingsPage'), 'SettingsPage');

export const settingsFeature = defineFeature({
  id: 'settings',
  messages: settingsMessages,
  networkRoutes: [{ path: 'settings', Component: SettingsPage }],
  networkNav: [{ to: 'settings', labelKey: 'nav', order: 90 }],
});
