import { randomUUID } from 'node:crypto';

import { PrismaClient } from '@linja/db';

import { SessionService } from '../../../src/identity/session.service';
import { parseOccurrences } from '../../helpers/ical-parse';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const OURS = new Set([
  'Ammattilaisten info',
  'Avoin info',
  'Jäsenten info',
  'Luonnos',
  'Muu ammattilaistapahtuma',
]);

/** The personal calendar feed address of a signed-in person (issue 15). */
describe(`personal calendar feed on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let seriesId: string;
  let professional: { id: string; cookie: string };
  let bystander: { id: string; cookie: string };

  interface Answer<T> {
    data?: T;
    errors?: { extensions?: Record<string, unknown> }[];
  }
  const gql = async <T>(cookie: string, query: string): Promise<Answer<T>> => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as Answer<T>;
  };
  const createFeed = async (cookie: string) => {
    const result = await gql<{ createMyCalendarFeed: { url: string } }>(
      cookie,
      'mutation { createMyCalendarFeed { url createdAt } }',
    );
    expect(result.errors).toBeUndefined();
    // The address names this server's portal origin; the test asks its own server for the path.
    return new URL(result.data!.createMyCalendarFeed.url).pathname;
  };
  const read = (path: string) => fetch(`${api.baseUrl}${path}`);
  const titles = async (path: string) => {
    const response = await read(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = await response.text();
    expect(body).not.toContain('teams.example.com');
    // The demo seed's public events are in everyone's feed too; these are the ones made here.
    return parseOccurrences(body)
      .map((o) => o.summary)
      .filter((title) => OURS.has(title));
  };
  const account = async (label: string, roles: object[]) => {
    const user = await prisma.user.create({
      data: {
        email: `${label}-${randomUUID().slice(0, 8)}@example.com`,
        name: label,
        roles: { create: roles as never },
      },
    });
    const { token } = await api.app.get(SessionService).create(user.id, 'BROWSER', {});
    return { id: user.id, cookie: `linja_session=${token}` };
  };

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    const suffix = randomUUID().slice(0, 8);
    const network = await prisma.network.create({
      data: { slug: `feed-${suffix}`, name: `Syöte ${suffix}` },
    });
    seriesId = (
      await prisma.infoSeries.create({
        data: {
          networkId: network.id,
          title: { fi: 'Järjestöinfot' },
          weekday: 4,
          startTime: '14:00',
        },
      })
    ).id;
    const session = (
      title: string,
      audience: 'PUBLIC' | 'PROFESSIONALS' | 'MEMBERS',
      status: 'PUBLISHED' | 'DRAFT',
      day: number,
      inSeries = true,
    ) => {
      const startsAt = new Date(Date.UTC(2027, 4, day, 11));
      const endsAt = new Date(startsAt.getTime() + 1_800_000);
      return prisma.event.create({
        data: {
          networkId: network.id,
          seriesId: inSeries ? seriesId : null,
          kind: 'INFO_SESSION',
          audience,
          status,
          title: { fi: title },
          startsAt,
          endsAt,
          lastEndsAt: endsAt,
          isOnline: true,
          onlineUrl: 'https://teams.example.com/meet/salainen',
        },
      });
    };
    await session('Ammattilaisten info', 'PROFESSIONALS', 'PUBLISHED', 13);
    await session('Avoin info', 'PUBLIC', 'PUBLISHED', 6);
    await session('Jäsenten info', 'MEMBERS', 'PUBLISHED', 20);
    await session('Luonnos', 'PROFESSIONALS', 'DRAFT', 27);
    await session('Muu ammattilaistapahtuma', 'PROFESSIONALS', 'PUBLISHED', 14, false);
    professional = await account('Ammattilainen', [
      { role: 'PROFESSIONAL', networkId: network.id, verifiedAt: new Date() },
    ]);
    bystander = await account('Sivullinen', []);
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it("gives a professional the professionals' sessions they may see, never a meeting link; the series address only the series", async () => {
    const path = await createFeed(professional.cookie);
    expect(path).toMatch(/^\/ical\/personal\/[\w-]{43}\/events\.ics$/);
    expect(await titles(path)).toEqual([
      'Avoin info',
      'Ammattilaisten info',
      'Muu ammattilaistapahtuma',
    ]);
    const seriesPath = path.replace(/events\.ics$/, `series/${seriesId}/events.ics`);
    expect(await titles(seriesPath)).toEqual(['Avoin info', 'Ammattilaisten info']);
    // Only the token's hash is kept; the state shows when it was last read.
    const token = path.split('/')[3]!;
    const row = await prisma.calendarFeedToken.findUniqueOrThrow({
      where: { userId: professional.id },
    });
    expect(row.tokenHash).not.toContain(token);
    expect(row.lastUsedAt).not.toBeNull();
    const state = await gql<{ myCalendarFeed: { lastUsedAt: string | null } }>(
      professional.cookie,
      'query { myCalendarFeed { createdAt lastUsedAt } }',
    );
    expect(state.data?.myCalendarFeed.lastUsedAt).not.toBeNull();
  });

  it("another person's address shows only what that person may see (not the professionals' sessions)", async () => {
    const path = await createFeed(bystander.cookie);
    expect(await titles(path)).toEqual(['Avoin info']);
    const none = await gql<{ myCalendarFeed: unknown }>(
      professional.cookie,
      'query { myCalendarFeed { createdAt } }',
    );
    expect(none.data?.myCalendarFeed).not.toBeNull();
  });

  it('a replaced, revoked or made-up address gives nothing (404), and a lost verification hides the sessions', async () => {
    const first = await createFeed(professional.cookie);
    const second = await createFeed(professional.cookie);
    expect(second).not.toBe(first);
    expect((await read(first)).status).toBe(404);
    expect(
      (await read(first.replace(/events\.ics$/, `series/${seriesId}/events.ics`))).status,
    ).toBe(404);
    expect((await read(`/ical/personal/${'A'.repeat(43)}/events.ics`)).status).toBe(404);
    expect((await read('/ical/personal/short/events.ics')).status).toBe(404);

    await prisma.roleAssignment.updateMany({
      where: { userId: professional.id, role: 'PROFESSIONAL' },
      data: { verifiedAt: null },
    });
    expect(await titles(second)).toEqual(['Avoin info']);

    const revoked = await gql<{ revokeMyCalendarFeed: boolean }>(
      professional.cookie,
      'mutation { revokeMyCalendarFeed }',
    );
    expect(revoked.data?.revokeMyCalendarFeed).toBe(true);
    const body = await read(second);
    expect(body.status).toBe(404);
    expect(await body.text()).not.toContain('BEGIN:VCALENDAR');
    const state = await gql<{ myCalendarFeed: unknown }>(
      professional.cookie,
      'query { myCalendarFeed { createdAt } }',
    );
    expect(state.data?.myCalendarFeed).toBeNull();
    const again = await gql<{ revokeMyCalendarFeed: boolean }>(
      professional.cookie,
      'mutation { revokeMyCalendarFeed }',
    );
    expect(again.data?.revokeMyCalendarFeed).toBe(false);

    // The account's history says when an address was made, replaced and revoked (never the token).
    const history = await prisma.auditEvent.findMany({
      where: { entityType: 'CalendarFeed', entityId: professional.id },
    });
    expect(history.map((event) => event.action).sort()).toEqual([
      'calendarFeed.created',
      'calendarFeed.replaced',
      'calendarFeed.replaced',
      'calendarFeed.revoked',
    ]);
    expect(history.every((event) => event.actorId === professional.id)).toBe(true);
    expect(JSON.stringify(history)).not.toContain(second.split('/')[3]);
  });
});
