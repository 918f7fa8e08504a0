import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { supportContactsMessages } from './i18n';

const SupportContactsPage = lazyPage(() => import('./SupportContactsPage'), 'SupportContactsPage');

/** The coordination team's support-contact log, its topics and the yearly trend (issue 16). */
export const supportContactsFeature = defineFeature({
  id: 'supportContacts',
  messages: supportContactsMessages,
  networkRoutes: [{ path: 'support-contacts', Component: SupportContactsPage }],
  networkNav: [{ to: 'support-contacts', labelKey: 'nav', order: 72 }],
});
