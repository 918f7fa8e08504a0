import { type Prisma } from '@linja/db';

import { type Actor } from '../auth/actor';
import { draftReadableScopes } from '../authz/permissions';

/**
 * Which services an actor may see, as a Prisma condition applied inside every service query (tenant
 * scoping in the data layer, H-7): the public sees published services inside their freshness window;
 * staff also see every service of their organisations, coordinators every service of their networks,
 * platform admins everything.
 */
export function visibleServicesWhere(actor: Actor, now: Date): Prisma.ServiceWhereInput {
  const scopes = draftReadableScopes(actor);
  if (scopes.all) return {};
  const publicPart: Prisma.ServiceWhereInput = { status: 'PUBLISHED', visibleUntil: { gt: now } };
  const staffPart = staffServicesWhere(actor);
  return staffPart ? { OR: [publicPart, staffPart] } : publicPart;
}

/** Services the actor sees as staff (any state), or undefined when the actor is no one's staff. */
export function staffServicesWhere(actor: Actor): Prisma.ServiceWhereInput | undefined {
  const scopes = draftReadableScopes(actor);
  if (scopes.all) return {};
  const parts: Prisma.ServiceWhereInput[] = [];
  if (scopes.networkIds.length > 0) parts.push({ networkId: { in: scopes.networkIds } });
  if (scopes.organizationIds.length > 0) {
    parts.push({ responsibleOrganizationId: { in: scopes.organizationIds } });
  }
  return parts.length > 0 ? { OR: parts } : undefined;
}

/** True when a loaded service is visible to the actor (the same rule as above, in memory). */
export function isServiceVisible(
  actor: Actor,
  service: {
    status: string;
    visibleUntil: Date | null;
    networkId: string;
    responsibleOrganizationId: string;
  },
  now: Date,
): boolean {
  const scopes = draftReadableScopes(actor);
  if (scopes.all) return true;
  if (
    service.status === 'PUBLISHED' &&
    service.visibleUntil !== null &&
    service.visibleUntil > now
  ) {
    return true;
  }
  return (
    scopes.networkIds.includes(service.networkId) ||
    scopes.organizationIds.includes(service.responsibleOrganizationId)
  );
}
