import { type Prisma } from '@linja/db';

import { type Actor } from '../auth/actor';
import { draftReadableScopes } from '../authz/permissions';

/**
 * Which events an actor may see, as a Prisma condition applied inside every event query (tenant
 * scoping in the data layer, as service-visibility.ts does for services):
 * - everyone: PUBLISHED or CANCELLED events for the PUBLIC audience (a cancelled event stays readable
 *   so that a link in a mail or calendar says it is cancelled);
 * - a network's verified professionals and coordinators: also its PROFESSIONALS events;
 * - staff of an organisation that is an ACTIVE member of the network (and its coordinators): also
 *   its MEMBERS events;
 * - staff: every event (any status) of their own organisations; coordinators: of their networks;
 *   platform admins: everything.
 */
export function visibleEventsWhere(actor: Actor): Prisma.EventWhereInput {
  const scopes = draftReadableScopes(actor);
  if (scopes.all) return {};
  const live: Prisma.EventWhereInput = { status: { in: ['PUBLISHED', 'CANCELLED'] } };
  const parts: Prisma.EventWhereInput[] = [{ ...live, audience: 'PUBLIC' }];
  const professionalNetworks = professionalNetworkIds(actor);
  const audienceNetworks = [...new Set([...professionalNetworks, ...scopes.networkIds])];
  if (audienceNetworks.length > 0) {
    parts.push({ ...live, audience: 'PROFESSIONALS', networkId: { in: audienceNetworks } });
  }
  if (scopes.organizationIds.length > 0) {
    parts.push({
      ...live,
      audience: { in: ['MEMBERS', 'PROFESSIONALS'] },
      network: {
        memberships: {
          some: { organizationId: { in: scopes.organizationIds }, status: 'ACTIVE' },
        },
      },
    });
  }
  if (scopes.networkIds.length > 0) {
    parts.push({ ...live, audience: 'MEMBERS', networkId: { in: scopes.networkIds } });
  }
  const staff = staffEventsWhere(actor);
  if (staff) parts.push(staff);
  return { OR: parts };
}

/** Events the actor manages or reviews as staff (any status), or undefined when none. */
export function staffEventsWhere(actor: Actor): Prisma.EventWhereInput | undefined {
  const scopes = draftReadableScopes(actor);
  if (scopes.all) return {};
  const parts: Prisma.EventWhereInput[] = [];
  if (scopes.networkIds.length > 0) parts.push({ networkId: { in: scopes.networkIds } });
  if (scopes.organizationIds.length > 0) {
    parts.push({ organizationId: { in: scopes.organizationIds } });
  }
  return parts.length > 0 ? { OR: parts } : undefined;
}

/** Networks in which the actor is a (verified) professional. */
export function professionalNetworkIds(actor: Actor): string[] {
  if (actor.kind !== 'user') return [];
  return actor.grants.flatMap((g) => (g.role === 'PROFESSIONAL' ? [g.networkId] : []));
}

/**
 * Whether the actor may read an event's meeting link: never anonymously from a public page; the
 * event's own staff and coordinators; people signed up (`signedUp`, checked by the caller against
 * event_signup); and, for a PROFESSIONALS event, the network's signed-in professionals.
 */
export function mayReadOnlineUrl(
  actor: Actor,
  event: { networkId: string; organizationId: string | null; audience: string },
  signedUp: boolean,
): boolean {
  if (actor.kind !== 'user') return false;
  if (signedUp) return true;
  const scopes = draftReadableScopes(actor);
  if (scopes.all || scopes.networkIds.includes(event.networkId)) return true;
  if (event.organizationId && scopes.organizationIds.includes(event.organizationId)) return true;
  return (
    event.audience === 'PROFESSIONALS' && professionalNetworkIds(actor).includes(event.networkId)
  );
}
