import { useMemo } from 'react';
import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { FEATURES } from '../app/features';
import { useQuery } from 'urql';
import { ErrorState, LoadingState } from '../components/PageState';
import { NetworkTenantQuery, OrganizationTenantQuery } from '../lib/tenant/tenant.documents';
import { type Tenant, TenantContext, useSession } from '../lib/tenant/TenantContext';
import {
  networkPath,
  networksOfMemberships,
  organizationPath,
  type TenantRole,
} from '../lib/tenant/tenants';
import { ForbiddenPage } from './NotFoundPage';

/**
 * The first path segments a read-only REPORT_VIEWER may open in a network (the navigation items
 * naming the role: results, feedback surveys); anything else sends them to the results.
 */
export const REPORT_VIEWER_PAGES: ReadonlySet<string> = new Set(
  FEATURES.flatMap((feature) => feature.networkNav ?? [])
    .filter((item) => item.roles?.includes('REPORT_VIEWER'))
    .map((item) => item.to.split('/')[0] ?? ''),
);

/**
 * /n/:networkSlug/…: the network's coordinators (and platform admins), and its REPORT_VIEWERs on
 * the results pages only (the API refuses them everything else anyway).
 */
export function NetworkTenantLayout() {
  const { networkSlug = '' } = useParams();
  const { pathname } = useLocation();
  const { me } = useSession();
  const [result, refetch] = useQuery({
    query: NetworkTenantQuery,
    variables: { slug: networkSlug },
  });
  const network = result.data?.network;
  const tenant = useMemo<Tenant | null>(() => {
    if (!network) return null;
    const held = (name: TenantRole) =>
      me.roles.some((role) => role.role === name && role.networkId === network.id);
    const roles: TenantRole[] = held('COORDINATOR')
      ? ['COORDINATOR']
      : held('REPORT_VIEWER')
        ? ['REPORT_VIEWER']
        : [];
    return {
      kind: 'network',
      network: { id: network.id, slug: network.slug, name: network.name },
      basePath: networkPath(network.slug),
      roles: me.isPlatformAdmin ? ['COORDINATOR'] : roles,
    };
  }, [network, me]);

  if (!tenant) {
    if (result.error) {
      return (
        <ErrorState
          error={result.error}
          onRetry={() => {
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      );
    }
    return <LoadingState />;
  }
  if (tenant.roles.length === 0) return <ForbiddenPage />;
  if (tenant.roles.every((role) => role === 'REPORT_VIEWER')) {
    const page = pathname.split('/').filter(Boolean)[2] ?? '';
    if (!REPORT_VIEWER_PAGES.has(page)) {
      return <Navigate to={`${tenant.basePath}/results`} replace />;
    }
  }
  return (
    <TenantContext.Provider value={tenant}>
      <Outlet />
    </TenantContext.Provider>
  );
}

/** /o/:organizationId/…: the organisation's admins and editors (and platform admins). */
export function OrganizationTenantLayout() {
  const { organizationId = '' } = useParams();
  const { me } = useSession();
  const [result, refetch] = useQuery({
    query: OrganizationTenantQuery,
    variables: { id: organizationId },
  });
  const organization = result.data?.organization;
  const tenant = useMemo<Tenant | null>(() => {
    if (!organization) return null;
    const roles = me.roles
      .filter(
        (role) =>
          (role.role === 'ORG_ADMIN' || role.role === 'ORG_EDITOR') &&
          role.organizationId === organization.id,
      )
      .map((role) => role.role as TenantRole);
    return {
      kind: 'organization',
      organization: { id: organization.id, name: organization.name },
      networks: networksOfMemberships(organization.memberships.edges.map((edge) => edge.node)),
      basePath: organizationPath(organization.id),
      roles: me.isPlatformAdmin && roles.length === 0 ? ['ORG_ADMIN'] : roles,
    };
  }, [organization, me]);

  if (!tenant) {
    if (result.error) {
      return (
        <ErrorState
          error={result.error}
          onRetry={() => {
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      );
    }
    return <LoadingState />;
  }
  if (tenant.roles.length === 0) return <ForbiddenPage />;
  return (
    <TenantContext.Provider value={tenant}>
      <Outlet />
    </TenantContext.Provider>
  );
}
