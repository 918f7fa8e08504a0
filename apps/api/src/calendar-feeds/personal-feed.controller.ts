import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { type Response } from 'express';

import { DomainError } from '../common/errors/domain-error';
import { ICAL_PATH, sendCalendar, sendError } from '../event-calendar/event-calendar.controller';
import { EventCalendarService, type FeedScope } from '../event-calendar/event-calendar.service';
import { parseFeedQuery } from '../event-calendar/feed-query.schema';
import { CalendarFeedService } from './calendar-feed.service';

const NAMES = {
  fi: 'Linja – omat tapahtumat',
  sv: 'Linja – mina evenemang',
  en: 'Linja – my events',
};

/**
 * A person's personal feeds (the token is the whole credential; a calendar program sends no
 * session): `/ical/personal/:token/events.ics` (every event they may see) and
 * `/ical/personal/:token/series/:id/events.ics` (one info series' sessions), with the public feeds'
 * query filters. 404 for an unknown or revoked token. Never cached by others.
 */
@Controller(`${ICAL_PATH.slice(1)}/personal`)
export class PersonalFeedController {
  constructor(
    private readonly feeds: CalendarFeedService,
    private readonly calendars: EventCalendarService,
  ) {}

  @Get(':token/events.ics')
  all(@Param('token') token: string, @Query() query: unknown, @Res() response: Response) {
    return this.send(token, null, query, response);
  }

  @Get(':token/series/:id/events.ics')
  series(
    @Param('token') token: string,
    @Param('id') id: string,
    @Query() query: unknown,
    @Res() response: Response,
  ) {
    return this.send(token, id, query, response);
  }

  private async send(
    token: string,
    seriesId: string | null,
    query: unknown,
    response: Response,
  ): Promise<void> {
    try {
      const reader = await this.feeds.readerOf(token);
      if (!reader) throw new DomainError('NOT_FOUND', 'No such calendar feed.');
      const parsed = parseFeedQuery(query);
      const scope: FeedScope = seriesId
        ? { kind: 'series', id: seriesId }
        : { kind: 'all', name: NAMES[parsed.language] };
      const body = await this.calendars.feed(scope, parsed, new Date(), reader);
      sendCalendar(response, body, 'private, no-store');
    } catch (error) {
      sendError(response, error);
    }
  }
}
