import { defineFeature } from '../../app/feature';
import { invalidateServiceLists } from '../../lib/urql/cache';
import { DeliveriesPage } from './DeliveriesPage';
import { deliveriesMessages } from './i18n';

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
