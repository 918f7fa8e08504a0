import type { UpdateResolver } from '@urql/exchange-graphcache';
import { invalidateField } from '../../lib/urql/cache';
import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { otherProvidersMessages } from './i18n';

/** A provider appeared or moved between current and archived: the lists are read again. */
const listsChanged: UpdateResolver = (_result, _args, cache) => {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'network') continue;
    const key = cache.resolve('Query', field.fieldName, field.arguments);
    if (typeof key === 'string') invalidateField(cache, key, 'otherProviders');
  }
};

const OtherProvidersPage = lazyPage(() => import('./OtherProvidersPage'), 'OtherProvidersPage');

/** Other providers outside the network (issue 18, the "pie"), kept by its coordinators. */
export const otherProvidersFeature = defineFeature({
  id: 'otherProviders',
  messages: otherProvidersMessages,
  networkRoutes: [{ path: 'other-providers', Component: OtherProvidersPage }],
  networkNav: [{ to: 'other-providers', labelKey: 'nav', order: 46, roles: ['COORDINATOR'] }],
  mutationUpdates: {
    createOtherProvider: listsChanged,
    archiveOtherProvider: listsChanged,
    restoreOtherProvider: listsChanged,
  },
});
