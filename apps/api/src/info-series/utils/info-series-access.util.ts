import { type Prisma } from '@linja/db';

import { type Actor } from '../../auth/actor';
import { can, draftReadableScopes } from '../../authz/permissions';
import { professionalNetworkIds, visibleEventsWhere } from '../../events/event-visibility';

/**
 * Who reads a series: its network's coordinators (and platform admins); the network's verified
 * professionals; the staff of its ACTIVE member and partner organisations. Nobody else — the public
 * never sees a series (its sessions are for professionals).
 */
export function readableSeriesWhere(actor: Actor): Prisma.InfoSeriesWhereInput {
  const scopes = draftReadableScopes(actor);
  if (scopes.all) return {};
  const networkIds = [...new Set([...scopes.networkIds, ...professionalNetworkIds(actor)])];
  const parts: Prisma.InfoSeriesWhereInput[] = [];
  if (networkIds.length > 0) parts.push({ networkId: { in: networkIds } });
  if (scopes.organizationIds.length > 0) {
    parts.push({
      network: {
        memberships: {
          some: { organizationId: { in: scopes.organizationIds }, status: 'ACTIVE' },
        },
      },
    });
  }
  // No grant at all: a condition no row meets.
  return parts.length > 0 ? { OR: parts } : { id: { in: [] } };
}

/**
 * The sessions an actor sees: info sessions of a series, as the events' own visibility rule has it
 * (PROFESSIONALS events: the network's professionals, coordinators and member staff; any status for
 * the network's coordinators).
 */
export function readableSessionsWhere(actor: Actor): Prisma.EventWhereInput {
  return { AND: [{ kind: 'INFO_SESSION', seriesId: { not: null } }, visibleEventsWhere(actor)] };
}

export function mayManageSeries(actor: Actor, networkId: string): boolean {
  return can(actor, 'infoSeries.manage', { networkId });
}

/** Organisations the actor is staff of (admin or editor). */
export function staffOrganizationIds(actor: Actor): string[] {
  return draftReadableScopes(actor).organizationIds;
}

/** Organisations the actor administers. */
export function adminOrganizationIds(actor: Actor): string[] {
  if (actor.kind !== 'user') return [];
  return actor.grants.flatMap((g) => (g.role === 'ORG_ADMIN' ? [g.organizationId] : []));
}
