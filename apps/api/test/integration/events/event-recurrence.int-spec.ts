import { randomUUID } from 'node:crypto';

import { PrismaClient } from '@linja/db';

import { parseOccurrences } from '../../helpers/ical-parse';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { gqlAs } from '../delivery/delivery-fixtures';

/** Monthly series (the admin form's "second Tuesday", "last Thursday", "on day 12") through the API. */
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
      recurrence
      lastEndsAt
      occurrences {
        startsAt
        endsAt
      }
    }
  }
`;

interface Created {
  id: string;
  recurrence: string | null;
  lastEndsAt: string;
  occurrences: { startsAt: string; endsAt: string }[];
}

describe(`monthly event series on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let networkId: string;
  let orgId: string;

  const editor = () => gqlAs(api, `editor:${orgId}`);
  const input = (startsAt: string, endsAt: string, recurrence: string) => ({
    networkId,
    organizationId: orgId,
    kind: 'INFO_SESSION',
    audience: 'PROFESSIONALS',
    title: { fi: 'Järjestöinfo' },
    startsAt,
    endsAt,
    recurrence,
    isOnline: true,
  });

  beforeAll(async () => {
    api = await startTestApp();
    const prisma = api.app.get(PrismaClient);
    const suffix = randomUUID().slice(0, 8);
    networkId = (
      await prisma.network.create({
        data: { slug: `monthly-${suffix}`, name: `Kuukausi ${suffix}`, eventsRequireReview: false },
      })
    ).id;
    orgId = (await prisma.organization.create({ data: { name: `Järjestö ${suffix}` } })).id;
    await prisma.networkMembership.create({
      data: { networkId, organizationId: orgId, role: 'MEMBER', since: new Date('2025-01-01') },
    });
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('keeps "the second Tuesday" at 13:00 Helsinki time across the October change', async () => {
    // Tue 12.10.2027 13:00 EEST (UTC+3) = 10:00Z; from 31.10.2027 EET (UTC+2): 13:00 = 11:00Z.
    const result = await editor()<{ createEvent: Created }>(CREATE, {
      input: input(
        '2027-10-12T10:00:00.000Z',
        '2027-10-12T10:30:00.000Z',
        'FREQ=MONTHLY;BYDAY=+2TU;COUNT=3',
      ),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createEvent.occurrences).toEqual([
      { startsAt: '2027-10-12T10:00:00.000Z', endsAt: '2027-10-12T10:30:00.000Z' },
      { startsAt: '2027-11-09T11:00:00.000Z', endsAt: '2027-11-09T11:30:00.000Z' },
      { startsAt: '2027-12-14T11:00:00.000Z', endsAt: '2027-12-14T11:30:00.000Z' },
    ]);
    expect(result.data?.createEvent.lastEndsAt).toBe('2027-12-14T11:30:00.000Z');
  });

  it('reads "the last Thursday" until a date and "on day 31" by month (months without it skipped)', async () => {
    const last = await editor()<{ createEvent: Created }>(CREATE, {
      input: input(
        '2027-09-30T14:00:00.000Z',
        '2027-09-30T15:00:00.000Z',
        'FREQ=MONTHLY;BYDAY=-1TH;UNTIL=20271125T235959Z',
      ),
    });
    expect(last.errors).toBeUndefined();
    expect(last.data?.createEvent.occurrences.map((o) => o.startsAt)).toEqual([
      '2027-09-30T14:00:00.000Z',
      '2027-10-28T14:00:00.000Z',
      '2027-11-25T15:00:00.000Z',
    ]);
    const byDate = await editor()<{ createEvent: Created }>(CREATE, {
      input: input(
        '2027-10-31T15:00:00.000Z',
        '2027-10-31T16:00:00.000Z',
        'FREQ=MONTHLY;BYMONTHDAY=31;COUNT=2',
      ),
    });
    expect(byDate.errors).toBeUndefined();
    expect(byDate.data?.createEvent.occurrences.map((o) => o.startsAt)).toEqual([
      '2027-10-31T15:00:00.000Z',
      '2027-12-31T15:00:00.000Z',
    ]);
  });

  it('refuses a rule that skips the start date, and one that never ends; nothing is created', async () => {
    const prisma = api.app.get(PrismaClient);
    const before = await prisma.event.count({ where: { networkId } });
    // 12.10.2027 is the second Tuesday, not the third.
    for (const rule of ['FREQ=MONTHLY;BYDAY=+3TU;COUNT=3', 'FREQ=MONTHLY;BYDAY=+2TU']) {
      const result = await editor()(CREATE, {
        input: input('2027-10-12T10:00:00.000Z', '2027-10-12T10:30:00.000Z', rule),
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'recurrence',
      });
    }
    expect(await prisma.event.count({ where: { networkId } })).toBe(before);
  });

  it('restores a cancelled and a moved date; the calendar file follows (parsed back with ical.js)', async () => {
    const created = await editor()<{ createEvent: Created }>(CREATE, {
      input: {
        ...input('2027-10-12T14:00:00.000Z', '2027-10-12T15:00:00.000Z', 'FREQ=WEEKLY;COUNT=3'),
        kind: 'GROUP',
        audience: 'PUBLIC',
      },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEvent.id;
    const change = (doc: string, vars: Record<string, unknown>) =>
      editor()<Record<string, { version: number }>>(doc, { input: { id, ...vars } });
    const doc = (name: string, type: string) => /* GraphQL */ `
      mutation M($input: ${type}!) { ${name}(input: $input) { id version } }
    `;
    let version = 1;
    const step = async (name: string, type: string, vars: Record<string, unknown>) => {
      const result = await change(doc(name, type), { expectedVersion: version, ...vars });
      expect(result.errors).toBeUndefined();
      version = result.data![name]!.version;
    };
    await step('publishEvent', 'EventVersionInput', {});
    // 19.10. cancelled; 26.10. moved to the 27th (all 17:00 EEST).
    await step('cancelEventOccurrence', 'CancelEventOccurrenceInput', {
      occurrenceStart: '2027-10-19T14:00:00.000Z',
    });
    await step('moveEventOccurrence', 'MoveEventOccurrenceInput', {
      occurrenceStart: '2027-10-26T14:00:00.000Z',
      newStartsAt: '2027-10-27T14:00:00.000Z',
      newEndsAt: '2027-10-27T15:00:00.000Z',
    });
    const ics = async () => {
      const response = await fetch(`${api.baseUrl}/ical/events/${id}.ics`);
      expect(response.status).toBe(200);
      return parseOccurrences(await response.text()).map((o) => o.local);
    };
    expect(await ics()).toEqual(['2027-10-12T17:00:00', '2027-10-27T17:00:00']);

    const notThere = await change(doc('restoreEventOccurrence', 'RestoreEventOccurrenceInput'), {
      expectedVersion: version,
      occurrenceStart: '2027-10-12T14:00:00.000Z',
    });
    expect(notThere.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'occurrenceStart',
    });
    await step('restoreEventOccurrence', 'RestoreEventOccurrenceInput', {
      occurrenceStart: '2027-10-19T14:00:00.000Z',
    });
    expect(await ics()).toEqual([
      '2027-10-12T17:00:00',
      '2027-10-19T17:00:00',
      '2027-10-27T17:00:00',
    ]);
    await step('restoreEventOccurrence', 'RestoreEventOccurrenceInput', {
      occurrenceStart: '2027-10-26T14:00:00.000Z',
    });
    expect(await ics()).toEqual([
      '2027-10-12T17:00:00',
      '2027-10-19T17:00:00',
      '2027-10-26T17:00:00',
    ]);
    const prisma = api.app.get(PrismaClient);
    expect(await prisma.eventException.count({ where: { eventId: id } })).toBe(0);
    expect(
      await prisma.auditEvent.count({
        where: { entityId: id, action: 'event.occurrenceRestored' },
      }),
    ).toBe(2);
  });

  it("a series feed shows an anonymous calendar only the series' public sessions, never a professionals' or members' session nor a link", async () => {
    const prisma = api.app.get(PrismaClient);
    const series = await prisma.infoSeries.create({
      data: { networkId, title: { fi: 'Järjestöinfot' }, weekday: 2, startTime: '13:00' },
    });
    const session = (
      title: string,
      audience: 'PUBLIC' | 'PROFESSIONALS' | 'MEMBERS',
      status: 'PUBLISHED' | 'DRAFT',
      day: number,
    ) => {
      const startsAt = new Date(Date.UTC(2030, 0, day, 11));
      const endsAt = new Date(startsAt.getTime() + 1_800_000);
      return prisma.event.create({
        data: {
          networkId,
          seriesId: series.id,
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
    await session('Avoin info', 'PUBLIC', 'PUBLISHED', 1);
    // As for the event query: a professionals' session is hidden from an anonymous reader (a calendar
    // program), as are members' sessions and drafts.
    await session('Ammattilaisten info', 'PROFESSIONALS', 'PUBLISHED', 8);
    await session('Jäsenten info', 'MEMBERS', 'PUBLISHED', 15);
    await session('Luonnos', 'PUBLIC', 'DRAFT', 22);
    const response = await fetch(`${api.baseUrl}/ical/series/${series.id}/events.ics`);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(parseOccurrences(body).map((o) => [o.summary, o.local])).toEqual([
      ['Avoin info', '2030-01-01T13:00:00'],
    ]);
    expect(body).not.toContain('teams.example.com');
  });
});
