import { type PrismaClient } from '@linja/db';

import { oneByKey } from '../loaders/batch';
import { SIGNUP_INCLUDE } from './event-signup.mapper';
import { type EventSignupCountsModel } from './models/event-signup.model';

/** Key of `ownSignupByEventAndUser`: `${eventId}:${userId}`. */
export const ownSignupKey = (eventId: string, userId: string) => `${eventId}:${userId}`;

interface CountRow {
  event_id: string;
  confirmed: bigint | number;
  waitlisted: bigint | number;
  cancelled: bigint | number;
  attended: bigint | number;
}

export function createEventSignupLoaders(prisma: PrismaClient) {
  return {
    /** Sign-ups by state and attendance marks of many events, in one grouped query. */
    signupCountsByEventId: oneByKey(
      async (ids: readonly string[]) => {
        const rows = await prisma.$queryRaw<CountRow[]>`
          SELECT event_id::text AS event_id,
                 count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed,
                 count(*) FILTER (WHERE status = 'WAITLISTED') AS waitlisted,
                 count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled,
                 count(*) FILTER (WHERE attended) AS attended
          FROM event_signup
          WHERE event_id = ANY(${[...ids]}::uuid[])
          GROUP BY event_id`;
        return rows.map((row): EventSignupCountsModel & { eventId: string } => ({
          eventId: row.event_id,
          confirmed: Number(row.confirmed),
          waitlisted: Number(row.waitlisted),
          cancelled: Number(row.cancelled),
          attended: Number(row.attended),
        }));
      },
      (row) => row.eventId,
    ),
    /** A user's sign-up to an event that holds a place or a waiting-list place, or null. */
    ownSignupByEventAndUser: oneByKey(
      (keys: readonly string[]) => {
        const pairs = keys.map((key) => key.split(':') as [string, string]);
        return prisma.eventSignup.findMany({
          where: {
            eventId: { in: [...new Set(pairs.map(([eventId]) => eventId))] },
            userId: { in: [...new Set(pairs.map(([, userId]) => userId))] },
            status: { in: ['CONFIRMED', 'WAITLISTED'] },
          },
          include: SIGNUP_INCLUDE,
        });
      },
      (row) => ownSignupKey(row.eventId, row.userId ?? ''),
    ),
  };
}
