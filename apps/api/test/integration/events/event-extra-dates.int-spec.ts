import { randomUUID } from 'node:crypto';

import { PrismaClient } from '@linja/db';

import { parseOccurrences } from '../../helpers/ical-parse';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { gqlAs } from '../delivery/delivery-fixtures';

/** addEventOccurrence: a one-off extra date (RDATE) of a recurring event (issue 15). */
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
      version
    }
  }
`;
const PUBLISH = /* GraphQL */ `
  mutation Publish($input: EventVersionInput!) {
    publishEvent(input: $input) {
      version
    }
  }
`;
const ADD = /* GraphQL */ `
  mutation Add($input: AddEventOccurrenceInput!) {
    addEventOccurrence(input: $input) {
      version
      extraDates
      lastEndsAt
      occurrences {
        originalStart
        startsAt
        endsAt
        extra
        moved
      }
    }
  }
`;
const CANCEL = /* GraphQL */ `
  mutation Cancel($input: CancelEventOccurrenceInput!) {
    cancelEventOccurrence(input: $input) {
      version
      occurrences {
        startsAt
      }
    }
  }
`;

interface Added {
  version: number;
  extraDates: string[];
  lastEndsAt: string;
  occurrences: {
    originalStart: string;
    startsAt: string;
    endsAt: string;
    extra: boolean;
    moved: boolean;
  }[];
}

describe(`extra dates of a recurring event on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let networkId: string;
  let orgId: string;
  let otherOrgId: string;

  const editor = () => gqlAs(api, `editor:${orgId}`);
  // Weekly on Tuesdays 17:00–18:00 Helsinki time: 12, 19 and 26 October 2027 (EEST, UTC+3).
  const weekly = async (recurrence: string | null = 'FREQ=WEEKLY;COUNT=3') => {
    const created = await editor()<{ createEvent: { id: string } }>(CREATE, {
      input: {
        networkId,
        organizationId: orgId,
        kind: 'GROUP',
        audience: 'PUBLIC',
        title: { fi: 'Vertaisryhmä' },
        startsAt: '2027-10-12T14:00:00.000Z',
        endsAt: '2027-10-12T15:00:00.000Z',
        recurrence,
        isOnline: true,
      },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEvent.id;
    const published = await editor()<{ publishEvent: { version: number } }>(PUBLISH, {
      input: { id, expectedVersion: 1 },
    });
    expect(published.errors).toBeUndefined();
    return { id, version: published.data!.publishEvent.version };
  };
  const add = (id: string, expectedVersion: number, startsAt: string, role = `editor:${orgId}`) =>
    gqlAs(api, role)<{ addEventOccurrence: Added }>(ADD, {
      input: { id, expectedVersion, startsAt },
    });

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    const suffix = randomUUID().slice(0, 8);
    networkId = (
      await prisma.network.create({
        data: { slug: `extra-${suffix}`, name: `Lisäkerrat ${suffix}`, eventsRequireReview: false },
      })
    ).id;
    orgId = (await prisma.organization.create({ data: { name: `Järjestö ${suffix}` } })).id;
    otherOrgId = (await prisma.organization.create({ data: { name: `Toinen ${suffix}` } })).id;
    for (const organizationId of [orgId, otherOrgId]) {
      await prisma.networkMembership.create({
        data: { networkId, organizationId, role: 'MEMBER', since: new Date('2025-01-01') },
      });
    }
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('adds a date after the DST change at 17:00 Helsinki time: occurrences, lastEndsAt, the .ics, the audit and the notice', async () => {
    const { id, version } = await weekly();
    await prisma.eventSignup.create({
      data: { eventId: id, name: 'Anna', email: 'anna@example.com', status: 'CONFIRMED' },
    });
    // Thursday 4 November 2027 17:00 EET (UTC+2) = 15:00Z.
    const result = await add(id, version, '2027-11-04T15:00:00.000Z');
    expect(result.errors).toBeUndefined();
    const event = result.data!.addEventOccurrence;
    expect(event.version).toBe(version + 1);
    expect(event.extraDates).toEqual(['2027-11-04T15:00:00.000Z']);
    expect(event.lastEndsAt).toBe('2027-11-04T16:00:00.000Z');
    expect(event.occurrences.map((o) => [o.startsAt, o.endsAt, o.extra])).toEqual([
      ['2027-10-12T14:00:00.000Z', '2027-10-12T15:00:00.000Z', false],
      ['2027-10-19T14:00:00.000Z', '2027-10-19T15:00:00.000Z', false],
      ['2027-10-26T14:00:00.000Z', '2027-10-26T15:00:00.000Z', false],
      ['2027-11-04T15:00:00.000Z', '2027-11-04T16:00:00.000Z', true],
    ]);

    const response = await fetch(`${api.baseUrl}/ical/events/${id}.ics`);
    expect(response.status).toBe(200);
    const ics = await response.text();
    expect(ics).toContain('RDATE;TZID=Europe/Helsinki:20271104T170000');
    expect(parseOccurrences(ics).map((o) => [o.local, o.utc])).toEqual([
      ['2027-10-12T17:00:00', '2027-10-12T14:00:00.000Z'],
      ['2027-10-19T17:00:00', '2027-10-19T14:00:00.000Z'],
      ['2027-10-26T17:00:00', '2027-10-26T14:00:00.000Z'],
      ['2027-11-04T17:00:00', '2027-11-04T15:00:00.000Z'],
    ]);

    expect(
      await prisma.auditEvent.count({ where: { entityId: id, action: 'event.occurrenceAdded' } }),
    ).toBe(1);
    const notices = await prisma.outboxMail.findMany({
      where: { template: 'event-changed', dedupeKey: { startsWith: `event-changed:${id}:` } },
    });
    expect(notices.map((n) => n.toAddress)).toEqual(['anna@example.com']);

    // The extra date is cancelled like any other (EXDATE) and comes back with restore.
    const cancelled = await editor()<{
      cancelEventOccurrence: { version: number; occurrences: { startsAt: string }[] };
    }>(CANCEL, {
      input: { id, expectedVersion: event.version, occurrenceStart: '2027-11-04T15:00:00.000Z' },
    });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelEventOccurrence.occurrences.map((o) => o.startsAt)).not.toContain(
      '2027-11-04T15:00:00.000Z',
    );
    const after = parseOccurrences(
      await (await fetch(`${api.baseUrl}/ical/events/${id}.ics`)).text(),
    );
    expect(after.map((o) => o.local)).not.toContain('2027-11-04T17:00:00');
  });

  it.each([
    ['a rule date', '2027-10-19T14:00:00.000Z', 'CONFLICT', 'DUPLICATE'],
    ['a time during an occurrence', '2027-10-19T14:30:00.000Z', 'CONFLICT', 'OVERLAPS'],
    ['a past date', '2026-01-05T10:00:00.000Z', 'BAD_USER_INPUT', 'IN_PAST'],
    ['before the first date', '2027-10-05T14:00:00.000Z', 'BAD_USER_INPUT', 'BEFORE_FIRST'],
    ['beyond two years', '2030-01-08T15:00:00.000Z', 'BAD_USER_INPUT', 'TOO_FAR'],
  ])('refuses %s with a typed error and changes nothing', async (_, startsAt, code, reason) => {
    const { id, version } = await weekly();
    const result = await add(id, version, startsAt);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, reason });
    if (code === 'BAD_USER_INPUT')
      expect(result.errors?.[0]?.extensions).toMatchObject({ field: 'startsAt' });
    const row = await prisma.event.findUniqueOrThrow({ where: { id } });
    expect(row.version).toBe(version);
    expect(row.extraDates).toEqual([]);
  });

  it('refuses the same date twice, a one-off event, a stale version; another organisation cannot add', async () => {
    const { id, version } = await weekly();
    const first = await add(id, version, '2027-11-02T15:00:00.000Z');
    expect(first.errors).toBeUndefined();
    const again = await add(id, version + 1, '2027-11-02T15:00:00.000Z');
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
    const stale = await add(id, version, '2027-11-09T15:00:00.000Z');
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const other = await add(id, version + 1, '2027-11-09T15:00:00.000Z', `editor:${otherOrgId}`);
    expect(other.errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    const anonymous = await gqlAs(api)(ADD, {
      input: { id, expectedVersion: version + 1, startsAt: '2027-11-09T15:00:00.000Z' },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const row = await prisma.event.findUniqueOrThrow({ where: { id } });
    expect(row.extraDates.map((d) => d.toISOString())).toEqual(['2027-11-02T15:00:00.000Z']);

    const single = await weekly(null);
    const notRecurring = await add(single.id, single.version, '2027-11-02T15:00:00.000Z');
    expect(notRecurring.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'startsAt',
      reason: 'NOT_RECURRING',
    });
  });
});
