import { defineFeature } from '../../app/feature';
import { reviewMessages } from './i18n';
import { ReviewPage } from './ReviewPage';
import { ReviewQueuePage } from './ReviewQueuePage';

export const reviewFeature = defineFeature({
  id: 'review',
  messages: reviewMessages,
  networkRoutes: [
    { path: 'review', Component: ReviewQueuePage },
    { path: 'review/:serviceId', Component: ReviewPage },
  ],
  networkNav: [{ to: 'review', labelKey: 'nav', order: 20 }],
});
