import { defineFeature } from '../../app/feature';
import { CreateServicePage } from './CreateServicePage';
import { servicesMessages } from './i18n';
import { ServiceFormPage } from './ServiceFormPage';
import { ServicePreviewPage } from './ServicePreviewPage';
import { ServicesListPage } from './ServicesListPage';

export const servicesFeature = defineFeature({
  id: 'services',
  messages: servicesMessages,
  organizationRoutes: [
    { path: 'services', Component: ServicesListPage },
    { path: 'services/new', Component: CreateServicePage },
    { path: 'services/:serviceId', Component: ServiceFormPage },
    { path: 'services/:serviceId/preview', Component: ServicePreviewPage },
  ],
  organizationNav: [{ to: 'services', labelKey: 'nav', order: 20 }],
});
