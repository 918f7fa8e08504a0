import { type Request, type Response } from 'express';

import { ANONYMOUS, type Actor } from '../auth/actor';
import { DEV_ACTOR_HEADER } from '../auth/dev-actor';
import { AppConfig } from '../config/app-config';
import { parseEnv } from '../config/env.schema';
import { ActorMiddleware, isLoopbackAddress } from './actor.middleware';
import { type SessionService } from './session.service';

/** A request as Express hands it over: headers, and the TCP peer's address on the socket. */
function fakeRequest(peer: string | undefined, headers: Record<string, string>): Request {
  const lower = Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return {
    headers: lower,
    header: (name: string) => lower[name.toLowerCase()],
    socket: { remoteAddress: peer },
    // What Express would derive from X-Forwarded-For with TRUST_PROXY: never consulted.
    ip: '127.0.0.1',
  } as unknown as Request;
}

async function actorOf(
  env: Record<string, string>,
  peer: string | undefined,
  headers: Record<string, string>,
): Promise<Actor | undefined> {
  const sessions = { actorForToken: () => Promise.resolve(undefined) };
  const middleware = new ActorMiddleware(
    sessions as unknown as SessionService,
    new AppConfig(parseEnv({ LOG_LEVEL: 'silent', ...env })),
  );
  const request = fakeRequest(peer, headers);
  await new Promise<void>((resolve, reject) => {
    void middleware.use(request, {} as Response, (error?: unknown) => {
      if (error) reject(error instanceof Error ? error : new Error('middleware failed'));
      else resolve();
    });
  });
  return request.actor;
}

const ADMIN_HEADER = { [DEV_ACTOR_HEADER]: 'platform-admin' };

describe('ActorMiddleware and the development header', () => {
  it('ignores the header with the default configuration, even from loopback', async () => {
    expect(await actorOf({}, '127.0.0.1', ADMIN_HEADER)).toBe(ANONYMOUS);
    expect(await actorOf({ NODE_ENV: 'development' }, '::1', ADMIN_HEADER)).toBe(ANONYMOUS);
  });

  it('with DEV_AUTH=true honours it from a loopback peer only', async () => {
    const env = { DEV_AUTH: 'true' };
    for (const peer of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.0.0.2']) {
      expect(await actorOf(env, peer, ADMIN_HEADER)).toMatchObject({
        kind: 'user',
        grants: [{ role: 'PLATFORM_ADMIN' }],
      });
    }
    for (const peer of ['192.0.2.10', '::ffff:192.0.2.10', '2001:db8::1', '10.0.0.1', undefined]) {
      expect(await actorOf(env, peer, ADMIN_HEADER)).toBe(ANONYMOUS);
    }
  });

  it('never takes loopback from X-Forwarded-For, whatever TRUST_PROXY says', async () => {
    const actor = await actorOf(
      { DEV_AUTH: 'true', TRUST_PROXY: 'loopback,192.0.2.0/24' },
      '192.0.2.10',
      {
        ...ADMIN_HEADER,
        'X-Forwarded-For': '127.0.0.1',
      },
    );

    expect(actor).toBe(ANONYMOUS);
  });
});

describe('isLoopbackAddress', () => {
  it('knows loopback in both families and nothing else', () => {
    expect(
      ['127.0.0.1', '127.255.0.9', '::1', '::ffff:127.0.0.1', '::FFFF:127.0.0.1'].every(
        isLoopbackAddress,
      ),
    ).toBe(true);
    expect(
      ['', '0.0.0.0', '::', '128.0.0.1', '1127.0.0.1', '::ffff:10.0.0.1', '::2', 'localhost'].some(
        isLoopbackAddress,
      ),
    ).toBe(false);
  });
});

describe('ActorMiddleware when the session lookup fails', () => {
  function respond(error: Error) {
    const sessions = { actorForToken: () => Promise.reject(error) };
    const middleware = new ActorMiddleware(
      sessions as unknown as SessionService,
      new AppConfig(parseEnv({ LOG_LEVEL: 'silent' })),
    );
    const sent: { status?: number; body?: unknown; headers?: Record<string, string> } = {};
    const response = {
      status(code: number) {
        sent.status = code;
        return this;
      },
      set(headers: Record<string, string>) {
        sent.headers = headers;
        return this;
      },
      json(body: unknown) {
        sent.body = body;
        return this;
      },
    } as unknown as Response;
    const next = jest.fn();
    return {
      sent,
      next,
      run: () =>
        middleware.use(fakeRequest('192.0.2.1', { Authorization: 'Bearer x' }), response, next),
    };
  }

  it("answers an unexpected error as GraphQL's INTERNAL_SERVER_ERROR, saying nothing of the cause", async () => {
    const { sent, next, run } = respond(
      new Error('relation "session" is broken at /srv/secret/path'),
    );
    await run();
    expect(next).not.toHaveBeenCalled();
    expect(sent.status).toBe(500);
    expect(sent.body).toEqual({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  });
});
