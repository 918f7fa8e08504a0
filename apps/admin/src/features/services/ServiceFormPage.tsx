import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/PageState';
import { useOrganizationTenant } from '../../lib/tenant/TenantContext';
import { ServiceForm } from './ServiceForm';
import { NetworkTaxonomyQuery, ServiceEditorQuery } from './services.documents';

/** /o/:organizationId/services/:serviceId — loads the service and its network's taxonomy. */
export function ServiceFormPage() {
  const { serviceId = '' } = useParams();
  const tenant = useOrganizationTenant();
  const [result, refetch] = useQuery({
    query: ServiceEditorQuery,
    variables: { id: serviceId },
    requestPolicy: 'cache-and-network',
  });
  const slug = result.data?.service.network.slug;
  const [taxonomy] = useQuery({
    query: NetworkTaxonomyQuery,
    variables: { slug: slug ?? '' },
    pause: !slug,
  });
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    window.location.reload();
  };

  return (
    <QueryState
      result={{
        data: result.data && (taxonomy.data || taxonomy.error) ? result.data : undefined,
        fetching: result.fetching || taxonomy.fetching,
        error: result.error,
      }}
      retry={() => {
        refetch({ requestPolicy: 'network-only' });
      }}
    >
      {(data) => (
        <ServiceForm
          key={data.service.id}
          service={data.service}
          themes={taxonomy.data?.network.themes.edges.map((edge) => edge.node) ?? []}
          targetGroups={taxonomy.data?.network.targetGroups.edges.map((edge) => edge.node) ?? []}
          basePath={tenant.basePath}
          onReload={reload}
          canManageFunding={tenant.roles.includes('ORG_ADMIN')}
        />
      )}
    </QueryState>
  );
}
