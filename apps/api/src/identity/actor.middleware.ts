import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import { parse as parseCookies } from 'cookie';
import { type NextFunction, type Request, type Response } from 'express';

import { ANONYMOUS, type Actor } from '../auth/actor';
import { DEV_ACTOR_HEADER, parseDevActor } from '../auth/dev-actor';
import { AppConfig } from '../config/app-config';
import { isDatabaseUnavailable } from '../database/database-errors';
import { internalErrorResponseBody, serviceUnavailableResponse } from '../graphql/format-error';
import { SESSION_COOKIE } from './identity.constants';
import { SessionService } from './session.service';

declare module 'express' {
  interface Request {
    /** Who is making the request; set by ActorMiddleware before any resolver runs. */
    actor?: Actor;
  }
}

/** The session token of a request: the browser's cookie, or an integration's `Authorization: Bearer`. */
export function sessionTokenOf(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || undefined;
  const cookies = request.headers.cookie ? parseCookies(request.headers.cookie) : {};
  return cookies[SESSION_COOKIE];
}

/**
 * True for a loopback peer: 127.0.0.0/8, ::1, or such an IPv4 address in IPv6 form (a dual-stack
 * socket reports 127.0.0.1 as ::ffff:127.0.0.1).
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const ipv4 = address.toLowerCase().startsWith('::ffff:')
    ? address.slice('::ffff:'.length)
    : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ipv4);
}

/**
 * Resolves the request's actor once: from the session token; otherwise, when a developer turned
 * DEV_AUTH on explicitly and the TCP peer is this machine, from the X-Linja-Dev-Actor header;
 * otherwise anonymous. The peer is the socket's own address, never request.ip: with TRUST_PROXY that
 * comes from X-Forwarded-For, which any client writes, and behind a local reverse proxy every
 * outside request would arrive from loopback anyway (so DEV_AUTH stays off there).
 */
@Injectable()
export class ActorMiddleware implements NestMiddleware {
  private readonly logger = new Logger('ActorMiddleware');

  constructor(
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    try {
      const token = sessionTokenOf(request);
      const fromSession = token ? await this.sessions.actorForToken(token) : undefined;
      const fromDevHeader =
        this.config.env.DEV_AUTH && isLoopbackAddress(request.socket.remoteAddress)
          ? parseDevActor(request.header(DEV_ACTOR_HEADER))
          : undefined;
      request.actor = fromSession ?? fromDevHeader ?? ANONYMOUS;
      next();
    } catch (error) {
      // The session lookup runs before GraphQL: answer here, in GraphQL's error shape, as a resolver's
      // error would be — a database outage as SERVICE_UNAVAILABLE (503, Retry-After), anything else
      // as a bare INTERNAL_SERVER_ERROR (500) that is logged but never described to the client
      // (Express's default handler would answer with an HTML page and, outside production, the stack).
      if (isDatabaseUnavailable(error)) {
        const unavailable = serviceUnavailableResponse();
        response.status(unavailable.status).set(unavailable.headers).json(unavailable.body);
        return;
      }
      this.logger.error({
        msg: 'resolving the request actor failed',
        error: error instanceof Error ? error.name : typeof error,
        message: error instanceof Error ? error.message.split('\n')[0] : undefined,
      });
      response.status(500).json(internalErrorResponseBody());
    }
  }
}
