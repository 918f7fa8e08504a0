import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient } from '@linja/db';
import { expandOccurrences } from '@linja/domain';

import { type Actor } from '../auth/actor';
import { BadUserInputError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import { type EventFilterInput } from './dto/event-filter.input';
import { eventNotFound } from './event.errors';
import { type EventParent, toEventParent } from './event.mapper';
import { visibleEventsWhere } from './event-visibility';

const LIVE_STATUSES = ['PUBLISHED', 'CANCELLED'] as const;

/** Reading events: one event, and filtered, paginated lists, always within what the actor may see. */
@Injectable()
export class EventQueryService {
  constructor(private readonly prisma: PrismaClient) {}

  /** NOT_FOUND both when the event does not exist and when the actor may not see it. */
  async getVisible(actor: Actor, id: string): Promise<EventParent> {
    if (!isUuid(id)) throw eventNotFound(id);
    const row = await this.prisma.event.findFirst({
      where: { AND: [{ id }, visibleEventsWhere(actor)] },
    });
    if (!row) throw eventNotFound(id);
    return toEventParent(row);
  }

  /** Events by start (first occurrence), then id. */
  async list(
    actor: Actor,
    filter: EventFilterInput | null | undefined,
    args: PaginationArgs,
  ): Promise<Connection<EventParent>> {
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const where = await this.buildWhere(actor, filter ?? {}, new Date());
    const [afterStart, afterId] = page.after ?? [];
    const pageWhere: Prisma.EventWhereInput =
      page.after === undefined
        ? where
        : {
            AND: [
              where,
              {
                OR: [
                  { startsAt: { gt: new Date(String(afterStart)) } },
                  { startsAt: new Date(String(afterStart)), id: { gt: String(afterId) } },
                ],
              },
            ],
          };
    const [rows, totalCount] = await Promise.all([
      this.prisma.event.findMany({
        where: pageWhere,
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.event.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.startsAt.toISOString(), row.id],
      toEventParent,
    );
  }

  /** The condition of a filtered list, AND the actor's visibility. Exported for sibling modules. */
  async buildWhere(
    actor: Actor,
    filter: EventFilterInput,
    now: Date,
  ): Promise<Prisma.EventWhereInput> {
    const and: Prisma.EventWhereInput[] = [visibleEventsWhere(actor)];
    and.push({ status: { in: filter.statuses?.length ? filter.statuses : [...LIVE_STATUSES] } });

    if (filter.networkSlug) and.push({ network: { slug: filter.networkSlug } });
    for (const field of ['networkId', 'organizationId', 'serviceId', 'seriesId'] as const) {
      const id = filter[field];
      if (id === null || id === undefined) continue;
      if (!isUuid(id)) throw new BadUserInputError(field, 'Not an id.');
      and.push({ [field]: id });
    }
    if (filter.audiences?.length) and.push({ audience: { in: filter.audiences } });
    if (filter.kinds?.length) and.push({ kind: { in: filter.kinds } });
    if (filter.termIds?.length) {
      if (!filter.termIds.every((id) => isUuid(id)))
        throw new BadUserInputError('termIds', 'Not a list of ids.');
      and.push({ terms: { some: { termId: { in: filter.termIds } } } });
    }
    if (filter.onlineOnly) and.push({ isOnline: true });
    if (filter.municipalityCode) {
      if (!/^\d{3}$/.test(filter.municipalityCode))
        throw new BadUserInputError('municipalityCode', 'A municipality code has 3 digits.');
      and.push(
        filter.includeOnline
          ? { OR: [{ municipalityCode: filter.municipalityCode }, { isOnline: true }] }
          : { municipalityCode: filter.municipalityCode },
      );
    }

    const from = filter.from ?? (filter.to ? undefined : now);
    const to = filter.to ?? undefined;
    if (from && to && to <= from) throw new BadUserInputError('to', 'to must be after from.');
    if (from) and.push({ lastEndsAt: { gt: from } });
    if (to) and.push({ startsAt: { lt: to } });
    if (filter.from || filter.to) {
      // The default (upcoming) needs no expansion: lastEndsAt is the end of the last occurrence.
      const gaps = await this.recurringWithoutOccurrenceIn({ AND: and }, from, to);
      if (gaps.length > 0) and.push({ id: { notIn: gaps } });
    }
    return { AND: and };
  }

  /**
   * A recurring event's span [startsAt, lastEndsAt] may overlap the window while none of its
   * occurrences does (a weekly group and a one-day window between two meetings): those are left out
   * by id. Only recurring events within the span condition are expanded (each at most 200 dates).
   */
  private async recurringWithoutOccurrenceIn(
    where: Prisma.EventWhereInput,
    from: Date | undefined,
    to: Date | undefined,
  ): Promise<string[]> {
    const recurring = await this.prisma.event.findMany({
      where: { AND: [where, { recurrence: { not: null } }] },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        recurrence: true,
        exceptions: true,
      },
    });
    return recurring
      .filter((event) => expandOccurrences(event, event.exceptions, { from, to }).length === 0)
      .map((event) => event.id);
  }
}
