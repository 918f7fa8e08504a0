import type { CurrentUser } from '../../features/auth/auth.documents';
import type { TenantDirectory } from './tenant.documents';

export type TenantRole = 'COORDINATOR' | 'ORG_ADMIN' | 'ORG_EDITOR';

export interface NetworkRef {
  id: string;
  slug: string;
  name: string;
}

/** A workspace the signed-in person can open, with its URL under /admin. */
export type TenantOption =
  | { kind: 'network'; key: string; name: string; path: string; network: NetworkRef }
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
 * The workspaces from the person's roles: a network per COORDINATOR role (every network for platform
 * admins, from `directory`), an organisation per ORG_ADMIN / ORG_EDITOR role. Networks first, then
 * organisations, by name.
 */
export function tenantsOf(me: CurrentUser, directory: TenantDirectory | undefined): TenantOption[] {
  const networks = new Map<string, NetworkRef>();
  for (const role of me.roles) {
    if (role.role === 'COORDINATOR' && role.network) networks.set(role.network.id, role.network);
  }
  if (me.isPlatformAdmin) {
    for (const { node } of directory?.networks.edges ?? []) networks.set(node.id, node);
  }
  const networkTenants: TenantOption[] = [...networks.values()].map((network) => ({
    kind: 'network',
    key: `n:${network.slug}`,
    name: network.name,
    path: networkPath(network.slug),
    network: { id: network.id, slug: network.slug, name: network.name },
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
