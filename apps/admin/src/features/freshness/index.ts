import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { freshnessMessages } from './i18n';

const StillValidPage = lazyPage(() => import('./StillValidPage'), 'StillValidPage');

export const freshnessFeature = defineFeature({
  id: 'freshness',
  messages: freshnessMessages,
  organizationRoutes: [{ path: 'still-valid', Component: StillValidPage }],
  organizationNav: [{ to: 'still-valid', labelKey: 'nav', order: 30 }],
});
