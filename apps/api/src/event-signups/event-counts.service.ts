import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient } from '@linja/db';

export interface EventCountsQuery {
  readonly networkId: string;
  /** Only this organisation's events (else all of the network's, its own and its members'). */
  readonly organizationId?: string;
  /** Events that started in [from, to). */
  readonly from: Date;
  readonly to: Date;
}

export interface EventCounts {
  /** Published events (not cancelled) that started in the period. */
  readonly eventsHeld: number;
  /** Sign-ups that held a place (CONFIRMED; cancelled and waiting ones do not count). */
  readonly signedUp: number;
  /**
   * People who came: per event, the sign-ups marked as attended, or its head count when no one
   * was marked (the organiser recorded one or the other).
   */
  readonly attended: number;
}

/**
 * Figures for reporting (issue 15, "Counts for reporting"): computed from the data, no personal
 * data involved, so they stay right after sign-ups are erased.
 */
export async function eventCounts(
  prisma: PrismaClient | Prisma.TransactionClient,
  query: EventCountsQuery,
): Promise<EventCounts> {
  const events = await prisma.event.findMany({
    where: {
      networkId: query.networkId,
      ...(query.organizationId ? { organizationId: query.organizationId } : {}),
      status: 'PUBLISHED',
      startsAt: { gte: query.from, lt: query.to },
    },
    select: { id: true, attendanceCount: true },
  });
  if (events.length === 0) return { eventsHeld: 0, signedUp: 0, attended: 0 };
  const grouped = await prisma.eventSignup.groupBy({
    by: ['eventId', 'status', 'attended'],
    where: { eventId: { in: events.map((event) => event.id) } },
    _count: { _all: true },
  });
  let signedUp = 0;
  const marked = new Map<string, number>();
  for (const row of grouped) {
    if (row.status === 'CONFIRMED') signedUp += row._count._all;
    if (row.attended === true)
      marked.set(row.eventId, (marked.get(row.eventId) ?? 0) + row._count._all);
  }
  const attended = events.reduce(
    (sum, event) => sum + (marked.get(event.id) ?? event.attendanceCount ?? 0),
    0,
  );
  return { eventsHeld: events.length, signedUp, attended };
}

/** `eventCounts` for other modules (the reporting issue). */
@Injectable()
export class EventCountsService {
  constructor(private readonly prisma: PrismaClient) {}

  counts(query: EventCountsQuery): Promise<EventCounts> {
    return eventCounts(this.prisma, query);
  }
}
