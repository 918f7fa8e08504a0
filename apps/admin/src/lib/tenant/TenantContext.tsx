import { createContext, useContext } from 'react';
import type { CurrentUser } from '../../features/auth/auth.documents';
import type { NetworkRef, TenantOption, TenantRole } from './tenants';

/** The signed-in person and the workspaces they can open (provided by the signed-in layout). */
export interface Session {
  me: CurrentUser;
  tenants: TenantOption[];
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in layout');
  return session;
}

/** The workspace in the URL: /n/:networkSlug or /o/:organizationId. */
export type Tenant =
  | { kind: 'network'; network: NetworkRef; basePath: string; roles: TenantRole[] }
  | {
      kind: 'organization';
      organization: { id: string; name: string };
      networks: NetworkRef[];
      basePath: string;
      roles: TenantRole[];
    };

export const TenantContext = createContext<Tenant | null>(null);

export function useTenant(): Tenant {
  const tenant = useContext(TenantContext);
  if (!tenant) throw new Error('useTenant outside a tenant layout');
  return tenant;
}

export function useNetworkTenant(): Extract<Tenant, { kind: 'network' }> {
  const tenant = useTenant();
  if (tenant.kind !== 'network') throw new Error('a network page outside /n/:networkSlug');
  return tenant;
}

export function useOrganizationTenant(): Extract<Tenant, { kind: 'organization' }> {
  const tenant = useTenant();
  if (tenant.kind !== 'organization') throw new Error('an organisation page outside /o/:id');
  return tenant;
}
