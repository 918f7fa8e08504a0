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
  | {
      kind: 'organization';
      key: string;
      name: string;
      path: string;
      roles: TenantRole[];
      networks: NetworkRef[];
    };

export function networkPath(slug: string, sub = ''): string {
  return `/n/${encodeURIComponent(slug)}${sub ? `/${sub}` : ''}`;
}

export function organizationPath(id: string, sub = ''): string {
  return `/o/${encodeURIComponent(id)}${sub ? `/${sub}` : ''}`;
}

/** The networks an organisation is an active (or suspended) member of. */
export function networksOfOrganization(
  directory: TenantDirectory | undefined,
  organizationId: string,
): NetworkRef[] {
  return (directory?.networks.edges ?? [])
    .map((edge) => edge.node)
    .filter((network) =>
      network.members.edges.some(
        (member) =>
          member.node.organization.id === organizationId && member.node.status !== 'ENDED',
      ),
    )
    .map(({ id, slug, name }) => ({ id, slug, name }));
}

/**
 * The workspaces from the person's roles: a network per COORDINATOR role (every network for platform
 * admins), an organisation per ORG_ADMIN / ORG_EDITOR role. Networks first, then organisations, by name.
 */
export function tenantsOf(me: CurrentUser, directory: TenantDirectory | undefined): TenantOption[] {
  const networks = (directory?.networks.edges ?? []).map((edge) => edge.node);
  const networkTenants: TenantOption[] = networks
    .filter(
      (network) =>
        me.isPlatformAdmin ||
        me.roles.some((role) => role.role === 'COORDINATOR' && role.networkId === network.id),
    )
    .map((network) => ({
      kind: 'network',
      key: `n:${network.slug}`,
      name: network.name,
      path: networkPath(network.slug),
      network: { id: network.id, slug: network.slug, name: network.name },
    }));

  const organizations = new Map<string, TenantRole[]>();
  for (const role of me.roles) {
    if ((role.role === 'ORG_ADMIN' || role.role === 'ORG_EDITOR') && role.organizationId) {
      organizations.set(role.organizationId, [
        ...(organizations.get(role.organizationId) ?? []),
        role.role,
      ]);
    }
  }
  const organizationName = (id: string) => {
    for (const network of networks) {
      const member = network.members.edges.find((edge) => edge.node.organization.id === id);
      if (member) return member.node.organization.name;
    }
    return id;
  };
  const organizationTenants: TenantOption[] = [...organizations].map(([id, roles]) => ({
    kind: 'organization',
    key: `o:${id}`,
    name: organizationName(id),
    path: organizationPath(id),
    roles,
    networks: networksOfOrganization(directory, id),
  }));

  const byName = (a: TenantOption, b: TenantOption) => a.name.localeCompare(b.name, 'fi');
  return [...networkTenants.sort(byName), ...organizationTenants.sort(byName)];
}
