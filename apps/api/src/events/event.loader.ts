import { type PrismaClient } from '@linja/db';

import { manyByKey, oneByKey } from '../loaders/batch';

/** Key of `activeSignupByEventAndUser`: `${eventId}:${userId}`. */
export const signupKey = (eventId: string, userId: string) => `${eventId}:${userId}`;

export function createEventLoaders(prisma: PrismaClient) {
  return {
    eventById: oneByKey(
      (ids: readonly string[]) => prisma.event.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    /** An event's cancelled and moved occurrences. */
    exceptionsByEventId: manyByKey(
      (ids: readonly string[]) =>
        prisma.eventException.findMany({
          where: { eventId: { in: [...ids] } },
          orderBy: { occurrenceStart: 'asc' },
        }),
      (row) => row.eventId,
    ),
    /** An event's taxonomy terms (themes and target groups), in taxonomy order. */
    termsByEventId: manyByKey(
      (ids: readonly string[]) =>
        prisma.eventTerm.findMany({
          where: { eventId: { in: [...ids] } },
          include: { term: true },
          orderBy: [{ term: { position: 'asc' } }, { term: { slug: 'asc' } }],
        }),
      (row) => row.eventId,
    ),
    /**
     * A user's CONFIRMED sign-up to an event (key signupKey(eventId, userId)), or null: one who holds
     * a place may read the meeting link. A waiting-list place does not count until promoted.
     */
    activeSignupByEventAndUser: oneByKey(
      (keys: readonly string[]) => {
        const pairs = keys.map((key) => key.split(':') as [string, string]);
        return prisma.eventSignup.findMany({
          where: {
            eventId: { in: [...new Set(pairs.map(([eventId]) => eventId))] },
            userId: { in: [...new Set(pairs.map(([, userId]) => userId))] },
            status: 'CONFIRMED',
          },
          select: { id: true, eventId: true, userId: true },
        });
      },
      (row) => signupKey(row.eventId, row.userId ?? ''),
    ),
  };
}
