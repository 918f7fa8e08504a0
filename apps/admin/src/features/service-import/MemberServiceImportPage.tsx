import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '../../components/Page';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { ServiceImport } from './ServiceImportPage';
import { ImportOrganizationQuery } from './service-import.documents';

/**
 * /n/:networkSlug/members/:organizationId/import — a coordinator imports a member organisation's
 * services into this network on its behalf (the API checks service.import in the network's scope).
 */
export function MemberServiceImportPage() {
  const { t } = useTranslation('serviceImport');
  const tenant = useNetworkTenant();
  const { organizationId = '' } = useParams();
  const [result] = useQuery({ query: ImportOrganizationQuery, variables: { id: organizationId } });
  const name = result.data?.organization.name ?? '';
  return (
    <Page
      title={t('memberTitle', { name: name || '…' })}
      description={t('description')}
      breadcrumbs={[
        { label: t('members'), to: `${tenant.basePath}/members` },
        { label: name || '…', to: `${tenant.basePath}/members/${organizationId}` },
        { label: t('nav') },
      ]}
    >
      <ServiceImport organizationId={organizationId} networks={[tenant.network]} />
    </Page>
  );
}
