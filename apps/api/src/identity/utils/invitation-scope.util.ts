import { type AssignedRole, type Prisma } from '@linja/db';

import { type Actor } from '../../auth/actor';
import { can, type Permission, ROLE_PERMISSIONS, type Scope } from '../../authz/permissions';

/** Roles held in a network, and roles held in an organisation. */
export const NETWORK_ROLES: readonly AssignedRole[] = [
  'COORDINATOR',
  'PROFESSIONAL',
  'REPORT_VIEWER',
];
export const ORGANIZATION_ROLES: readonly AssignedRole[] = ['ORG_ADMIN', 'ORG_EDITOR'];
export const ASSIGNED_ROLES: readonly AssignedRole[] = [...NETWORK_ROLES, ...ORGANIZATION_ROLES];

/** The permission needed to invite someone into (or withdraw an invitation to) each role. */
export const INVITE_PERMISSION: Readonly<Record<AssignedRole, Permission>> = {
  COORDINATOR: 'user.inviteCoordinator',
  PROFESSIONAL: 'user.inviteProfessional',
  ORG_ADMIN: 'user.inviteOrgAdmin',
  ORG_EDITOR: 'user.inviteOrgEditor',
  REPORT_VIEWER: 'user.inviteReportViewer',
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
 * What the database says about the organisation of an organisation-role target, for the rule of who
 * may create its admins (loaded by the caller; see `firstAdminNetworkId`).
 */
export interface OrganizationFacts {
  /** Networks where the organisation's membership has not ended (ACTIVE or SUSPENDED). */
  readonly memberNetworkIds: readonly string[];
  /** Of those, the networks where it is an ACTIVE member. */
  readonly activeNetworkIds: readonly string[];
  /** Someone (with an account that is not disabled) holds ORG_ADMIN of the organisation. */
  readonly hasAdmin: boolean;
  /** A pending ORG_ADMIN invitation exists (other than the one being replaced or withdrawn). */
  readonly hasPendingAdminInvitation: boolean;
}

export const NO_ORGANIZATION: OrganizationFacts = {
  memberNetworkIds: [],
  activeNetworkIds: [],
  hasAdmin: false,
  hasPendingAdminInvitation: false,
};

/**
 * The network whose coordinators may invite the organisation's FIRST admin, if any: the organisation
 * has no admin, belongs to exactly one network (no other membership that has not ended) and is an
 * ACTIVE member there. Organisation power reaches into every network the organisation belongs to, so
 * a network's coordinator must not mint it for an organisation that also belongs to another network,
 * nor add admins beside the organisation's own: from then on its admins (or a platform admin) decide.
 * `ignorePending`: a pending admin invitation does not count (withdrawing or listing one).
 */
export function firstAdminNetworkId(
  facts: OrganizationFacts,
  ignorePending = false,
): string | undefined {
  if (facts.hasAdmin || (facts.hasPendingAdminInvitation && !ignorePending)) return undefined;
  const [only, ...others] = facts.memberNetworkIds;
  if (only === undefined || others.length > 0) return undefined;
  return facts.activeNetworkIds.includes(only) ? only : undefined;
}

/**
 * The scopes a role target sits in, from the database: a network role sits in its network; an
 * organisation role sits in its organisation, and an organisation's first admin (see
 * `firstAdminNetworkId`) also in that one network, so its coordinators reach it.
 */
export function targetScopes(
  target: RoleTarget,
  facts: OrganizationFacts,
  ignorePending = false,
): Scope[] {
  if (isNetworkRole(target.role)) {
    return target.networkId ? [{ networkId: target.networkId }] : [];
  }
  if (!target.organizationId) return [];
  const organizationId = target.organizationId;
  const firstAdminNetwork =
    target.role === 'ORG_ADMIN' ? firstAdminNetworkId(facts, ignorePending) : undefined;
  return [{ organizationId }, ...(firstAdminNetwork ? [{ networkId: firstAdminNetwork }] : [])];
}

/**
 * True when the actor may invite into `target` (`ignorePending`: may withdraw or list such an
 * invitation, which is itself pending).
 */
export function mayInvite(
  actor: Actor,
  target: RoleTarget,
  facts: OrganizationFacts,
  ignorePending = false,
): boolean {
  const permission = INVITE_PERMISSION[target.role];
  return targetScopes(target, facts, ignorePending).some((scope) => can(actor, permission, scope));
}

/** Networks in which the actor holds a network-scoped grant that can invite into some role. */
export function invitingNetworkIds(actor: Actor): string[] {
  if (actor.kind !== 'user') return [];
  const ids = actor.grants.flatMap((grant) =>
    (grant.role === 'COORDINATOR' ||
      grant.role === 'PROFESSIONAL' ||
      grant.role === 'REPORT_VIEWER') &&
    ASSIGNED_ROLES.some((role) => ROLE_PERMISSIONS[grant.role].includes(INVITE_PERMISSION[role]))
      ? [grant.networkId]
      : [],
  );
  return [...new Set(ids)];
}

/**
 * The invitations the actor may see and withdraw, as a Prisma filter: the same rule as `mayInvite`
 * (with `ignorePending`), derived from the permission map grant by grant. `'ALL'` for platform
 * admins; an empty list when none. `firstAdminOrganizationIdsByNetwork` holds, for each network of
 * `invitingNetworkIds(actor)`, the organisations whose first admin its coordinators may invite
 * (`firstAdminNetworkId`, from the database).
 */
export function invitationVisibility(
  actor: Actor,
  firstAdminOrganizationIdsByNetwork: ReadonlyMap<string, readonly string[]>,
): 'ALL' | Prisma.InvitationWhereInput[] {
  if (actor.kind !== 'user') return [];
  const clauses: Prisma.InvitationWhereInput[] = [];
  for (const grant of actor.grants) {
    if (grant.role === 'PLATFORM_ADMIN') return 'ALL';
    const roles = ASSIGNED_ROLES.filter((role) =>
      ROLE_PERMISSIONS[grant.role].includes(INVITE_PERMISSION[role]),
    );
    for (const role of roles) {
      if (
        grant.role === 'COORDINATOR' ||
        grant.role === 'PROFESSIONAL' ||
        grant.role === 'REPORT_VIEWER'
      ) {
        if (isNetworkRole(role)) {
          clauses.push({ role, networkId: grant.networkId });
        } else if (role === 'ORG_ADMIN') {
          const organizationIds = firstAdminOrganizationIdsByNetwork.get(grant.networkId) ?? [];
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
