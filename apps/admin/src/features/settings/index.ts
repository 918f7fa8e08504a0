import { defineFeature } from '../../app/feature';
import { settingsMessages } from './i18n';
import { SettingsPage } from './SettingsPage';

export const settingsFeature = defineFeature({
  id: 'settings',
  messages: settingsMessages,
  networkRoutes: [{ path: 'settings', Component: SettingsPage }],
  networkNav: [{ to: 'settings', labelKey: 'nav', order: 90 }],
});
