import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { servicesMessages } from './i18n';

const CreateServicePage = lazyPage(() => import('./CreateServicePage'), 'CreateServicePage');
const ServicePreviewPage = lazyPage(() => import('./ServicePreviewPage'), 'ServicePreviewPage');
const ServicesListPage = lazyPage(() => import('./ServicesListPage'), 'ServicesListPage');
const ServiceFormPage = lazyPage(() => import('./ServiceFormPage'), 'ServiceFormPage');

export const servicesFeature = defineFeature({
  id: 'services',
  messages: servicesMessages,
  // Every page is its own chunk, loaded when first opened (the form brings the domain's zod schema).
  organizationRoutes: [
    { path: 'services', Component: ServicesListPage },
    { path: 'services/new', Component: CreateServicePage },
    { path: 'services/:serviceId', Component: ServiceFormPage },
    { path: 'services/:serviceId/preview', Component: ServicePreviewPage },
  ],
  organizationNav: [{ to: 'services', labelKey: 'nav', order: 20 }],
});
