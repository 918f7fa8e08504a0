import { lazy } from 'react';
import { defineFeature } from '../../app/feature';
import { CreateServicePage } from './CreateServicePage';
import { servicesMessages } from './i18n';
import { ServicePreviewPage } from './ServicePreviewPage';
import { ServicesListPage } from './ServicesListPage';

export const servicesFeature = defineFeature({
  id: 'services',
  messages: servicesMessages,
  // The form (with the domain's zod schema) loads when first opened.
  organizationRoutes: [
    { path: 'services', Component: ServicesListPage },
    { path: 'services/new', Component: CreateServicePage },
    {
      path: 'services/:serviceId',
      Component: lazy(() =>
        import('./ServiceFormPage').then((module) => ({ default: module.ServiceFormPage })),
      ),
    },
    { path: 'services/:serviceId/preview', Component: ServicePreviewPage },
  ],
  organizationNav: [{ to: 'services', labelKey: 'nav', order: 20 }],
});
