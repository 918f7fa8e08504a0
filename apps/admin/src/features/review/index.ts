import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { reviewMessages } from './i18n';

const ReviewPage = lazyPage(() => import('./ReviewPage'), 'ReviewPage');
const ReviewQueuePage = lazyPage(() => import('./ReviewQueuePage'), 'ReviewQueuePage');

export const reviewFeature = defineFeature({
  id: 'review',
  messages: reviewMessages,
  networkRoutes: [
    { path: 'review', Component: ReviewQueuePage },
    { path: 'review/:serviceId', Component: ReviewPage },
  ],
  networkNav: [{ to: 'review', labelKey: 'nav', order: 20 }],
});
