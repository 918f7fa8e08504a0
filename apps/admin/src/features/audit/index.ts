import { defineFeature } from '../../app/feature';
import { auditMessages } from './i18n';
import { ServiceHistoryPage } from './ServiceHistoryPage';

export const auditFeature = defineFeature({
  id: 'audit',
  messages: auditMessages,
  organizationRoutes: [{ path: 'services/:serviceId/history', Component: ServiceHistoryPage }],
  networkRoutes: [{ path: 'services/:serviceId/history', Component: ServiceHistoryPage }],
});
