import { type AssignedRole, type Prisma } from '@linja/db';

import { type Actor } from '../../auth/actor';
import { can, type Permission, ROLE_PERMISSIONS, type Scope } from '../../authz/permissions';

/** Roles held in a network, and roles held in an organisation. */
export const NETWORK_ROLES: readonly AssignedRole[] = ['COORDINATOR', 'PROFESSIONAL'];
export const ORGANIZATION_ROLES: readonly AssignedRole[] = ['ORG_ADMIN', 'ORG_EDITOR'];
export const ASSIGNED_ROLES: readonly AssignedRole[] = [...NETWORK_ROLES, ...ORGANIZATION_ROLES];

/** The permission needed to invite someone into (or withdraw an invitation to) each role. */
export const INVITE_PERMISSION: Readonly<Record<AssignedRole, Permission>> = {
  COORDINATOR: 'user.inviteCoordinator',
  PROFESSIONAL: 'user.inviteProfessional',
  ORG_ADMIN: 'user.inviteOrgAdmin',
  ORG_EDITOR: 'user.inviteOrgEditor',
};

export function isNetworkRole(role: AssignedRole): boolean {
  return NETWORK_ROLES.includes(role);
}

/** A role in one scope: exactly one of networkId (network roles) or organizationId (org roles). */
export interface RoleTarget {
  readonly role: AssignedRole;
  readonly networkId: string | null;
  readonly organizationId: string | null;
}

/**
 * The scopes a role target sits in, from the database: a network role sits in its network; an
 * organisation role sits in its organisation and in every network the organisation is an ACTIVE
 * member of (so that network's coordinators reach it).
 */
export function targetScopes(
  target: RoleTarget,
  activeNetworkIdsOfOrganization: readonly string[],
): Scope[] {
  if (isNetworkRole(target.role)) {
    return target.networkId ? [{ networkId: target.networkId }] : [];
  }
  if (!target.organizationId) return [];
  const organizationId = target.organizationId;
  return [
    { organizationId },
    ...activeNetworkIdsOfOrganization.map((networkId) => ({ networkId, organizationId })),
  ];
}

/** True when the actor may invite into `target` (and so also list and withdraw such invitations). */
export function mayInvite(
  actor: Actor,
  target: RoleTarget,
  activeNetworkIdsOfOrganization: readonly string[],
): boolean {
  const permission = INVITE_PERMISSION[target.role];
  return targetScopes(target, activeNetworkIdsOfOrganization).some((scope) =>
    can(actor, permission, scope),
  );
}

/** Networks in which the actor holds a network-scoped grant that can invite into some role. */
export function invitingNetworkIds(actor: Actor): string[] {
  if (actor.kind !== 'user') return [];
  const ids = actor.grants.flatMap((grant) =>
    (grant.role === 'COORDINATOR' || grant.role === 'PROFESSIONAL') &&
    ASSIGNED_ROLES.some((role) => ROLE_PERMISSIONS[grant.role].includes(INVITE_PERMISSION[role]))
      ? [grant.networkId]
      : [],
  );
  return [...new Set(ids)];
}

/**
 * The invitations the actor may see and withdraw, as a Prisma filter: the same rule as `mayInvite`,
 * derived from the permission map grant by grant. `'ALL'` for platform admins; an empty list when
 * none. `activeOrganizationIdsByNetwork` holds, for each network of `invitingNetworkIds(actor)`, its
 * ACTIVE member organisations (from the database).
 */
export function invitationVisibility(
  actor: Actor,
  activeOrganizationIdsByNetwork: ReadonlyMap<string, readonly string[]>,
): 'ALL' | Prisma.InvitationWhereInput[] {
  if (actor.kind !== 'user') return [];
  const clauses: Prisma.InvitationWhereInput[] = [];
  for (const grant of actor.grants) {
    if (grant.role === 'PLATFORM_ADMIN') return 'ALL';
    const roles = ASSIGNED_ROLES.filter((role) =>
      ROLE_PERMISSIONS[grant.role].includes(INVITE_PERMISSION[role]),
    );
    for (const role of roles) {
      if (grant.role === 'COORDINATOR' || grant.role === 'PROFESSIONAL') {
        if (isNetworkRole(role)) {
          clauses.push({ role, networkId: grant.networkId });
        } else {
          const organizationIds = activeOrganizationIdsByNetwork.get(grant.networkId) ?? [];
          if (organizationIds.length > 0) {
            clauses.push({ role, organizationId: { in: [...organizationIds] } });
          }
        }
      } else if (!isNetworkRole(role)) {
        // An organisation grant covers only its own organisation (permissions.ts grantCovers).
        clauses.push({ role, organizationId: grant.organizationId });
      }
    }
  }
  return clauses;
}
