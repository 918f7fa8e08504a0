import { defineFeature } from '../../app/feature';
import { reviewMessages } from './i18n';

export const reviewFeature = defineFeature({
  id: 'review',
  messages: reviewMessages,
  networkRoutes: [],
  networkNav: [{ to: 'review', labelKey: 'nav', order: 20 }],
});
