import { type Event, type Prisma, type PrismaClient } from '@linja/db';

import { type Actor } from '../../auth/actor';
import { isUuid } from '../../common/ids/is-uuid';
import { eventNotFound, eventStateConflict, eventVersionConflict } from '../event.errors';
import { visibleEventsWhere } from '../event-visibility';

/**
 * Loads an event the actor may see: NOT_FOUND when it does not exist or is hidden from them (so a
 * draft of another organisation is not revealed). Whether they may change it is checked next.
 */
export async function loadVisibleEvent(
  prisma: PrismaClient,
  actor: Actor,
  id: string,
): Promise<Event> {
  const row = isUuid(id)
    ? await prisma.event.findFirst({ where: { AND: [{ id }, visibleEventsWhere(actor)] } })
    : null;
  if (!row) throw eventNotFound(id);
  return row;
}

/** The edit is laid over the event as loaded, so it must be the version the client saw. */
export function assertEventVersion(event: Event, expectedVersion: number): void {
  if (event.version !== expectedVersion) throw eventVersionConflict(expectedVersion, event.version);
}

/** A cancelled event is final: nothing of it changes any more. */
export function assertNotCancelled(event: Event): void {
  if (event.status === 'CANCELLED')
    throw eventStateConflict('The event is cancelled; it can no longer be changed.', event.status);
}

/**
 * An organisation's event changes or goes public only while the organisation is an ACTIVE member of
 * the event's network: a suspended or former member can still cancel it, nothing else.
 */
export async function assertOrganiserActive(
  prisma: PrismaClient,
  event: Pick<Event, 'networkId' | 'organizationId' | 'status'>,
): Promise<void> {
  if (!event.organizationId) return;
  const membership = await prisma.networkMembership.findUnique({
    where: {
      networkId_organizationId: {
        networkId: event.networkId,
        organizationId: event.organizationId,
      },
    },
    select: { status: true },
  });
  if (membership?.status !== 'ACTIVE') {
    throw eventStateConflict(
      'The organising organisation is not an active member of the network; the event can only be cancelled.',
      event.status,
    );
  }
}

/**
 * Writes `data` and increments the version if it still is `expectedVersion` (the row lock is held
 * until the transaction ends); otherwise CONFLICT, and the transaction rolls back.
 */
export async function writeEventVersion(
  tx: Prisma.TransactionClient,
  id: string,
  expectedVersion: number,
  data: Prisma.EventUncheckedUpdateManyInput,
): Promise<Event> {
  const { count } = await tx.event.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    const now = await tx.event.findUnique({ where: { id }, select: { version: true } });
    if (!now) throw eventNotFound(id);
    throw eventVersionConflict(expectedVersion, now.version);
  }
  return tx.event.findUniqueOrThrow({ where: { id } });
}

/** The audit entry's scope fields of an event. */
export function auditScope(
  event: Pick<Event, 'id' | 'networkId' | 'organizationId' | 'serviceId'>,
) {
  return {
    entityType: 'Event' as const,
    entityId: event.id,
    networkId: event.networkId,
    ...(event.organizationId ? { organizationId: event.organizationId } : {}),
    ...(event.serviceId ? { serviceId: event.serviceId } : {}),
  };
}
