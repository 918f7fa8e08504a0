import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { BrandSettings } from './BrandSettings';
import { CatalogueExportSettings } from './CatalogueExportSettings';
import { EventSettings } from './EventSettings';
import { FreshnessPolicySettings } from './FreshnessPolicySettings';
import { OtherProviderSettings } from './OtherProviderSettings';
import { ReadinessTemplateSettings } from './ReadinessTemplateSettings';
import { NetworkSettingsQuery } from './settings.documents';
import { SynonymSettings } from './SynonymSettings';
import { TaxonomySettings } from './TaxonomySettings';

const TABS = [
  'brand',
  'taxonomy',
  'synonyms',
  'freshness',
  'events',
  'otherHelp',
  'export',
  'checklist',
] as const;
type Tab = (typeof TABS)[number];

/** /n/:networkSlug/settings?tab=… — the network's brand, taxonomy, search synonyms and policies. */
export function SettingsPage() {
  const { t } = useTranslation('settings');
  const tenant = useNetworkTenant();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((value) => value === params.get('tab')) ?? 'brand';
  const [result, refetch] = useQuery({
    query: NetworkSettingsQuery,
    variables: { slug: tenant.network.slug },
  });
  return (
    <Page title={t('title')} description={t('description')}>
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
      >
        {(data) => (
          <Tabs
            value={tab}
            onChange={(value) => {
              setParams(value && value !== 'brand' ? { tab: value } : {}, { replace: true });
            }}
            keepMounted={false}
          >
            <Tabs.List mb="md">
              {TABS.map((value) => (
                <Tabs.Tab key={value} value={value}>
                  {t(`tabs.${value}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="brand">
              <BrandSettings key={data.network.id} network={data.network} />
            </Tabs.Panel>
            <Tabs.Panel value="taxonomy">
              <TaxonomySettings networkId={data.network.id} slug={tenant.network.slug} />
            </Tabs.Panel>
            <Tabs.Panel value="synonyms">
              <SynonymSettings networkId={data.network.id} slug={tenant.network.slug} />
            </Tabs.Panel>
            <Tabs.Panel value="freshness">
              <FreshnessPolicySettings network={data.network} />
            </Tabs.Panel>
            <Tabs.Panel value="events">
              <EventSettings network={data.network} />
            </Tabs.Panel>
            <Tabs.Panel value="otherHelp">
              <OtherProviderSettings network={data.network} />
            </Tabs.Panel>
            <Tabs.Panel value="export">
              <CatalogueExportSettings network={data.network} slug={tenant.network.slug} />
            </Tabs.Panel>
            <Tabs.Panel value="checklist">
              <ReadinessTemplateSettings networkId={data.network.id} slug={tenant.network.slug} />
            </Tabs.Panel>
          </Tabs>
        )}
      </QueryState>
    </Page>
  );
}
