import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';

import { ANONYMOUS } from '../auth/actor';
import { DomainError } from '../common/errors/domain-error';
import { EventCalendarService, type FeedScope } from './event-calendar.service';
import { parseFeedQuery } from './feed-query.schema';

/** Where the feeds live (static-apps.ts leaves it to the API; the portal links to it). */
export const ICAL_PATH = '/ical';

/** How long a shared cache or a calendar program may keep a feed. */
const FEED_MAX_AGE_SECONDS = 5 * 60;

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, RATE_LIMITED: 429 };

export function sendError(response: Response, error: unknown): void {
  if (!(error instanceof DomainError)) throw error;
  response.setHeader('Cache-Control', 'no-store');
  response.status(STATUS[error.code] ?? 400).json({
    error: { code: error.code, message: error.message, ...error.details },
  });
}

export function sendCalendar(response: Response, body: string, cacheControl: string): void {
  response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  response.setHeader('Cache-Control', cacheControl);
  // A feed is data, never a page of our origin.
  response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  response.status(200).send(body);
}

/**
 * iCalendar over plain HTTP (GET, `text/calendar`), for calendar programs and the portal:
 * - /ical/networks/:slug/events.ics, /ical/organizations/:id/events.ics, /ical/series/:id/events.ics:
 *   subscribable feeds of public events (anonymous: no professional or members' event, no meeting
 *   link), filtered like the events list (feed-query.schema.ts: municipality, includeOnline,
 *   audience, kind, theme, online, lang). Publicly cacheable for 5 minutes.
 * - /ical/events/:id.ics: one event as a download ("add to calendar"), read as the request's actor.
 * Bad parameters: 400 with `{ error: { code: 'BAD_USER_INPUT', field, message } }`; unknown
 * network, organisation, series or event: 404. The per-address request limit applies
 * (identity.module.ts).
 */
@Controller(ICAL_PATH.slice(1))
export class EventCalendarController {
  constructor(private readonly calendars: EventCalendarService) {}

  @Get('networks/:slug/events.ics')
  network(@Param('slug') slug: string, @Query() query: unknown, @Res() response: Response) {
    return this.feed({ kind: 'network', slug }, query, response);
  }

  @Get('organizations/:id/events.ics')
  organization(@Param('id') id: string, @Query() query: unknown, @Res() response: Response) {
    return this.feed({ kind: 'organization', id }, query, response);
  }

  @Get('series/:id/events.ics')
  series(@Param('id') id: string, @Query() query: unknown, @Res() response: Response) {
    return this.feed({ kind: 'series', id }, query, response);
  }

  @Get('events/:file')
  async event(
    @Param('file') file: string,
    @Query() query: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    try {
      const id = /^(.+)\.ics$/.exec(file)?.[1];
      if (!id) throw new DomainError('NOT_FOUND', 'No such event.');
      const { language } = parseFeedQuery(pickLanguage(query));
      const actor = request.actor ?? ANONYMOUS;
      const { fileName, body } = await this.calendars.eventIcs(actor, id, language);
      response.attachment(fileName);
      // Read with the session when there is one (it may carry the meeting link): never shared.
      sendCalendar(
        response,
        body,
        actor.kind === 'user' ? 'private, no-store' : `public, max-age=${FEED_MAX_AGE_SECONDS}`,
      );
    } catch (error) {
      sendError(response, error);
    }
  }

  private async feed(scope: FeedScope, query: unknown, response: Response): Promise<void> {
    try {
      const body = await this.calendars.feed(scope, parseFeedQuery(query));
      sendCalendar(response, body, `public, max-age=${FEED_MAX_AGE_SECONDS}`);
    } catch (error) {
      sendError(response, error);
    }
  }
}

/** A single event takes only `lang`. */
function pickLanguage(query: unknown): unknown {
  const q = (query ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(q).filter(([key]) => key === 'lang'));
}
