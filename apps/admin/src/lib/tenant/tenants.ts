import type { CurrentUser } from '../../features/auth/auth.documents';
import type { TenantDirectory } from './tenant.documents';

/** REPORT_VIEWER: a network's read-only steering group or funder contact (results only). */
export type TenantRole = 'COORDINATOR' | 'REPORT_VIEWER' | 'ORG_ADMIN' | 'ORG_EDITOR';

export interface NetworkRef {
  id: string;
  slug: string;
  name: string;
}

/** A workspace the signed-in person can open, with its URL under /admin. */
export type TenantOption =
  | {
      kind: 'network';
      key: string;
      name: string;
      path: string;
      network: NetworkRef;
      roles: TenantRole[];
    }
  | { kind: 'organization'; key: string; name: string; path: string; roles: TenantRole[] };

export function networkPath(slug: string, sub = ''): string {
  return `/n/${encodeURIComponent(slug)}${sub ? `/${sub}` : ''}`;
}

export function organizationPath(id: string, sub = ''): string {
  return `/o/${encodeURIComponent(id)}${sub ? `/${sub}` : ''}`;
}

/** The networks an organisation is a member of (active or suspended), from its memberships. */
export function networksOfMemberships(
  memberships: readonly { status: string; network: NetworkRef }[],
): NetworkRef[] {
  return memberships
    .filter((membership) => membership.status !== 'ENDED')
    .map(({ network: { id, slug, name } }) => ({ id, slug, name }));
}

/**
 * The workspaces from the person's roles: a network per COORDINATOR or REPORT_VIEWER role (every network for platform
 * admins, from `directory`), an organisation per ORG_ADMIN / ORG_EDITOR role. Networks first, then
 * organisations, by name.
 */
export function tenantsOf(me: CurrentUser, directory: TenantDirectory | undefined): TenantOption[] {
  const networks = new Map<string, { network: NetworkRef; roles: TenantRole[] }>();
  const addNetwork = (network: NetworkRef, role: TenantRole) => {
    const entry = networks.get(network.id) ?? { network, roles: [] };
    if (!entry.roles.includes(role)) entry.roles.push(role);
    networks.set(network.id, entry);
  };
  for (const role of me.roles) {
    if ((role.role === 'COORDINATOR' || role.role === 'REPORT_VIEWER') && role.network) {
      addNetwork(role.network, role.role);
    }
  }
  if (me.isPlatformAdmin) {
    for (const { node } of directory?.networks.edges ?? []) addNetwork(node, 'COORDINATOR');
  }
  const networkTenants: TenantOption[] = [...networks.values()].map(({ network, roles }) => ({
    kind: 'network',
    key: `n:${network.slug}`,
    name: network.name,
    path: networkPath(network.slug),
    network: { id: network.id, slug: network.slug, name: network.name },
    // A coordinator's role covers everything a reader sees.
    roles: roles.includes('COORDINATOR') ? ['COORDINATOR'] : roles,
  }));

  const organizations = new Map<string, { name: string; roles: TenantRole[] }>();
  for (const role of me.roles) {
    if ((role.role === 'ORG_ADMIN' || role.role === 'ORG_EDITOR') && role.organizationId) {
      const entry = organizations.get(role.organizationId) ?? {
        name: role.organization?.name ?? role.organizationId,
        roles: [],
      };
      entry.roles.push(role.role);
      organizations.set(role.organizationId, entry);
    }
  }
  const organizationTenants: TenantOption[] = [...organizations].map(([id, entry]) => ({
    kind: 'organization',
    key: `o:${id}`,
    name: entry.name,
    path: organizationPath(id),
    roles: entry.roles,
  }));

  const byName = (a: TenantOption, b: TenantOption) => a.name.localeCompare(b.name, 'fi');
  return [...networkTenants.sort(byName), ...organizationTenants.sort(byName)];
}
