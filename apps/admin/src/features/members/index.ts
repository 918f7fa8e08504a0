import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { type invalidateField } from '../../lib/urql/cache';
import { membersMessages } from './i18n';

const MemberPage = lazyPage(() => import('./MemberPage'), 'MemberPage');
const MembersPage = lazyPage(() => import('./MembersPage'), 'MembersPage');

const membersChanged = (
  _result: unknown,
  _args: unknown,
  cache: Parameters<typeof invalidateField>[0],
) => {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'network') continue;
    const key = cache.resolve('Query', field.fieldName, field.arguments);
    if (typeof key !== 'string') continue;
    for (const sub of cache.inspectFields(key)) {
      if (
        sub.fieldName === 'members' ||
        sub.fieldName === 'stats' ||
        sub.fieldName === 'recentChanges'
      )
        cache.invalidate(key, sub.fieldName, sub.arguments);
    }
  }
};

export const membersFeature = defineFeature({
  id: 'members',
  messages: membersMessages,
  networkRoutes: [
    { path: 'members', Component: MembersPage },
    { path: 'members/:organizationId', Component: MemberPage },
  ],
  networkNav: [{ to: 'members', labelKey: 'nav', order: 30 }],
  mutationUpdates: {
    suspendNetworkMembership: membersChanged,
    reactivateNetworkMembership: membersChanged,
    endNetworkMembership: membersChanged,
    createOrganization: membersChanged,
  },
});
