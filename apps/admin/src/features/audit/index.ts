import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { auditMessages } from './i18n';

const ServiceHistoryPage = lazyPage(() => import('./ServiceHistoryPage'), 'ServiceHistoryPage');

export const auditFeature = defineFeature({
  id: 'audit',
  messages: auditMessages,
  organizationRoutes: [{ path: 'services/:serviceId/history', Component: ServiceHistoryPage }],
  networkRoutes: [{ path: 'services/:serviceId/history', Component: ServiceHistoryPage }],
});
