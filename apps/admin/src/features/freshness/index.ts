import { defineFeature } from '../../app/feature';
import { freshnessMessages } from './i18n';
import { StillValidPage } from './StillValidPage';

export const freshnessFeature = defineFeature({
  id: 'freshness',
  messages: freshnessMessages,
  organizationRoutes: [{ path: 'still-valid', Component: StillValidPage }],
  organizationNav: [{ to: 'still-valid', labelKey: 'nav', order: 30 }],
});
