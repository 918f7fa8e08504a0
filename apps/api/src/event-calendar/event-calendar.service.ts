import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient } from '@linja/db';
import { pickText, type TLocalizedText } from '@linja/domain';

import { type Actor, ANONYMOUS } from '../auth/actor';
import { AppConfig } from '../config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type EventFilterInput } from '../events/dto/event-filter.input';
import { EventQueryService } from '../events/event-query.service';
import { mayReadOnlineUrl, visibleEventsWhere } from '../events/event-visibility';
import { type FeedQuery } from './feed-query.schema';
import { buildCalendar, buildEventIcs, eventIcsFileName } from './ical-calendar';

/** What a feed holds: events whose last occurrence ended at most this long ago, and upcoming ones. */
export const FEED_PAST_DAYS = 90;
/** At most this many events in one feed (by start). */
export const FEED_MAX_EVENTS = 500;

const CALENDAR_ROW = {
  exceptions: { select: { occurrenceStart: true, newStartsAt: true, newEndsAt: true } },
  network: { select: { slug: true } },
} satisfies Prisma.EventInclude;

export type FeedScope =
  | { readonly kind: 'network'; readonly slug: string }
  | { readonly kind: 'organization'; readonly id: string }
  | { readonly kind: 'series'; readonly id: string }
  /** Every event the reader may see (a personal feed). */
  | { readonly kind: 'all'; readonly name: string };

const notFound = (what: string) => new DomainError('NOT_FOUND', `No such ${what}.`);

/**
 * The events' iCalendar feeds and single-event `.ics` files. Feeds are anonymous (a calendar program
 * sends no session): visibleEventsWhere(ANONYMOUS) and never a meeting link, so they can be cached
 * publicly. A single event is read as the request's actor (the portal's "add to calendar" link
 * carries the session), with the meeting link only where mayReadOnlineUrl allows it.
 */
@Injectable()
export class EventCalendarService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly events: EventQueryService,
    private readonly config: AppConfig,
  ) {}

  /**
   * A feed as `reader` sees it: ANONYMOUS for the public feeds; a person for their personal feed
   * (calendar-feeds/), which still never carries a meeting link (see ARCHITECTURE, "Personal feed").
   */
  async feed(
    scope: FeedScope,
    query: FeedQuery,
    now = new Date(),
    reader: Actor = ANONYMOUS,
  ): Promise<string> {
    const { name, filter } = await this.scopeOf(scope, query);
    const where = await this.events.buildWhere(
      reader,
      { ...query.filter, ...filter, from: new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000) },
      now,
    );
    const rows = await this.prisma.event.findMany({
      where,
      include: CALENDAR_ROW,
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: FEED_MAX_EVENTS,
    });
    return buildCalendar(rows, {
      language: query.language,
      includeOnlineUrl: () => false,
      portalUrl: this.config.env.PUBLIC_BASE_URL,
      name,
    });
  }

  /** One event the actor may see as an `.ics` (NOT_FOUND otherwise, as the `event` query). */
  async eventIcs(
    actor: Actor,
    id: string,
    language: FeedQuery['language'],
  ): Promise<{ fileName: string; body: string }> {
    if (!isUuid(id)) throw notFound('event');
    const row = await this.prisma.event.findFirst({
      where: { AND: [{ id }, visibleEventsWhere(actor)] },
      include: CALENDAR_ROW,
    });
    if (!row) throw notFound('event');
    const signedUp =
      actor.kind === 'user' && row.isOnline && isUuid(actor.id)
        ? (await this.prisma.eventSignup.count({
            where: { eventId: row.id, userId: actor.id, status: 'CONFIRMED' },
          })) > 0
        : false;
    const body = buildEventIcs(row, {
      language,
      includeOnlineUrl: (event) => mayReadOnlineUrl(actor, event, signedUp),
      portalUrl: this.config.env.PUBLIC_BASE_URL,
    });
    return { fileName: eventIcsFileName(row), body };
  }

  /** The calendar's name and the filter that limits the feed to its network, organisation or series. */
  private async scopeOf(
    scope: FeedScope,
    query: FeedQuery,
  ): Promise<{ name: string; filter: EventFilterInput }> {
    switch (scope.kind) {
      case 'all':
        return { name: scope.name, filter: {} };
      case 'network': {
        const network = await this.prisma.network.findUnique({
          where: { slug: scope.slug },
          select: { id: true, name: true },
        });
        if (!network) throw notFound('network');
        return { name: network.name, filter: { networkId: network.id } };
      }
      case 'organization': {
        if (!isUuid(scope.id)) throw notFound('organisation');
        const organization = await this.prisma.organization.findUnique({
          where: { id: scope.id },
          select: { id: true, name: true },
        });
        if (!organization) throw notFound('organisation');
        return { name: organization.name, filter: { organizationId: organization.id } };
      }
      case 'series': {
        if (!isUuid(scope.id)) throw notFound('series');
        const series = await this.prisma.infoSeries.findUnique({
          where: { id: scope.id },
          select: { id: true, title: true },
        });
        if (!series) throw notFound('series');
        return {
          name: pickText(series.title as TLocalizedText, query.language) ?? '',
          filter: { seriesId: series.id },
        };
      }
    }
  }
}
