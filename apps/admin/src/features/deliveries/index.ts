import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { invalidateServiceLists } from '../../lib/urql/cache';
import { deliveriesMessages } from './i18n';

const DeliveriesPage = lazyPage(() => import('./DeliveriesPage'), 'DeliveriesPage');

export const deliveriesFeature = defineFeature({
  id: 'deliveries',
  messages: deliveriesMessages,
  organizationRoutes: [{ path: 'services/:serviceId/deliveries', Component: DeliveriesPage }],
  mutationUpdates: {
    createServiceDelivery: (_result, _args, cache) => {
      invalidateServiceLists(cache);
    },
    removeServiceDelivery: (_result, _args, cache) => {
      invalidateServiceLists(cache);
    },
  },
});
