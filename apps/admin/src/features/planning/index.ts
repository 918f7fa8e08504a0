import type { Cache } from '@urql/exchange-graphcache';
import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { invalidateServiceLists } from '../../lib/urql/cache';
import { planningMessages } from './i18n';

const PlannedDeliveryPage = lazyPage(() => import('./PlannedDeliveryPage'), 'PlannedDeliveryPage');
const PlanningPage = lazyPage(() => import('./PlanningPage'), 'PlanningPage');

function plannedChanged(cache: Cache) {
  invalidateServiceLists(cache);
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'network') continue;
    const key = cache.resolve('Query', field.fieldName, field.arguments);
    if (typeof key !== 'string') continue;
    for (const sub of cache.inspectFields(key)) {
      if (sub.fieldName === 'plannedDeliveries' || sub.fieldName === 'deliveryCoverage')
        cache.invalidate(key, sub.fieldName, sub.arguments);
    }
  }
}

export const planningFeature = defineFeature({
  id: 'planning',
  messages: planningMessages,
  networkRoutes: [
    { path: 'planning', Component: PlanningPage },
    { path: 'planning/:serviceId/:deliveryId', Component: PlannedDeliveryPage },
  ],
  networkNav: [{ to: 'planning', labelKey: 'nav', order: 40 }],
  mutationUpdates: {
    activateServiceDelivery: (_result, _args, cache) => {
      plannedChanged(cache);
    },
    updateReadinessItem: (_result, _args, cache) => {
      for (const field of cache.inspectFields('Query')) {
        if (field.fieldName !== 'network') continue;
        const key = cache.resolve('Query', field.fieldName, field.arguments);
        if (typeof key !== 'string') continue;
        for (const sub of cache.inspectFields(key))
          if (sub.fieldName === 'plannedDeliveries')
            cache.invalidate(key, sub.fieldName, sub.arguments);
      }
    },
  },
});
