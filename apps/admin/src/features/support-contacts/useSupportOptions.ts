import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { localized } from '../services/format';
import { SupportMembersQuery, SupportTopicsQuery } from './support-contacts.documents';

export const CHANNELS = ['PHONE', 'EMAIL', 'MEETING', 'VISIT', 'CHAT'] as const;
export const STATUSES = ['OPEN', 'FOLLOW_UP', 'CLOSED'] as const;

/** The network's member and partner organisations and its current topics, as select options. */
export function useSupportOptions() {
  const { i18n } = useTranslation('supportContacts');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const [members] = useQuery({
    query: SupportMembersQuery,
    variables: { slug: tenant.network.slug },
  });
  const [topics] = useQuery({
    query: SupportTopicsQuery,
    variables: { slug: tenant.network.slug, includeArchived: false },
  });
  return useMemo(
    () => ({
      organizations: (members.data?.network.members.edges ?? [])
        .filter((edge) => edge.node.role !== 'COORDINATOR')
        .map((edge) => ({ value: edge.node.organization.id, label: edge.node.organization.name })),
      topics: (topics.data?.supportTopics.edges ?? []).map((edge) => ({
        value: edge.node.id,
        label: localized(edge.node.label, language),
      })),
    }),
    [members.data, topics.data, language],
  );
}
