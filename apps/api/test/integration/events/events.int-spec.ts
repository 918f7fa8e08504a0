import { randomUUID } from 'node:crypto';

import { PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { eventually, outboxDrained } from '../../helpers/outbox';
import { createServiceRow, gqlAs } from '../delivery/delivery-fixtures';
import { type MailCatcher, startMailCatcher } from '../identity/identity-kit';

const FIELDS = /* GraphQL */ `
  fragment EventFields on Event {
    id
    status
    version
    title {
      fi
    }
    audience
    startsAt
    endsAt
    lastEndsAt
    isOnline
    onlineUrl
    placeName
    municipality {
      code
    }
    service {
      id
    }
    viewerActions
    occurrences(from: $from, to: $to) {
      originalStart
      startsAt
      endsAt
      moved
    }
  }
`;

const CREATE = /* GraphQL */ `
  ${FIELDS}
  mutation Create($input: CreateEventInput!, $from: DateTime, $to: DateTime) {
    createEvent(input: $input) {
      ...EventFields
    }
  }
`;
const UPDATE = /* GraphQL */ `
  ${FIELDS}
  mutation Update($input: UpdateEventInput!, $from: DateTime, $to: DateTime) {
    updateEvent(input: $input) {
      ...EventFields
    }
  }
`;
const EVENT = /* GraphQL */ `
  ${FIELDS}
  query Event($id: ID!, $from: DateTime, $to: DateTime) {
    event(id: $id) {
      ...EventFields
    }
  }
`;
const EVENTS = /* GraphQL */ `
  query Events($filter: EventFilterInput) {
    events(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`;

const statusMutation = (name: string, input: string) => /* GraphQL */ `
  mutation Status($input: ${input}!) {
    ${name}(input: $input) {
      id
      status
      version
    }
  }
`;
const SUBMIT = statusMutation('submitEvent', 'EventVersionInput');
const APPROVE = statusMutation('approveEvent', 'EventVersionInput');
const PUBLISH = statusMutation('publishEvent', 'EventVersionInput');
const CANCEL = statusMutation('cancelEvent', 'EventReasonInput');
const CANCEL_OCCURRENCE = statusMutation('cancelEventOccurrence', 'CancelEventOccurrenceInput');
const MOVE_OCCURRENCE = statusMutation('moveEventOccurrence', 'MoveEventOccurrenceInput');

interface EventNode {
  id: string;
  status: string;
  version: number;
  title: { fi: string };
  audience: string;
  startsAt: string;
  endsAt: string;
  lastEndsAt: string;
  onlineUrl: string | null;
  viewerActions: string[];
  occurrences: { originalStart: string; startsAt: string; endsAt: string; moved: boolean }[];
}

const DAY = 86_400_000;
/** Helsinki wall-clock 17:00 on a date in `year` (the test runs across the October 2027 change). */
const HELSINKI_SUMMER_17 = '2027-10-05T14:00:00.000Z'; // Tue 5.10.2027 17:00 EEST (UTC+3)

describe(`events on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let mail: MailCatcher;
  let prisma: PrismaClient;
  let networkId: string;
  let otherNetworkId: string;
  let orgId: string;
  let otherOrgId: string;
  let serviceId: string;

  const editor = () => gqlAs(api, `editor:${orgId}`);
  const otherEditor = () => gqlAs(api, `editor:${otherOrgId}`);
  const coordinator = () => gqlAs(api, `coordinator:${networkId}`);
  const otherCoordinator = () => gqlAs(api, `coordinator:${otherNetworkId}`);
  const professional = () => gqlAs(api, `professional:${networkId}`);
  const anonymous = () => gqlAs(api);

  const baseInput = (overrides: Record<string, unknown> = {}) => ({
    networkId,
    organizationId: orgId,
    kind: 'PUBLIC_EVENT',
    audience: 'PUBLIC',
    title: { fi: 'Eroinfo-ilta', sv: 'Skilsmässoinfo' },
    startsAt: new Date(Date.now() + 10 * DAY).toISOString(),
    endsAt: new Date(Date.now() + 10 * DAY + 2 * 3600_000).toISOString(),
    placeName: 'Perhetupa',
    streetAddress: 'Vapaudenkatu 1',
    postalCode: '15110',
    postOffice: 'Lahti',
    municipalityCode: '398',
    ...overrides,
  });

  async function create(overrides: Record<string, unknown> = {}, as = editor()) {
    const result = await as<{ createEvent: EventNode }>(CREATE, { input: baseInput(overrides) });
    expect(result.errors).toBeUndefined();
    return result.data!.createEvent;
  }

  beforeAll(async () => {
    mail = await startMailCatcher();
    api = await startTestApp({ SMTP_URL: mail.url });
    prisma = api.app.get(PrismaClient);
    const suffix = randomUUID().slice(0, 8);
    const network = await prisma.network.create({
      data: {
        slug: `events-${suffix}`,
        name: `Tapahtumaverkosto ${suffix}`,
        eventsRequireReview: false,
      },
    });
    const other = await prisma.network.create({
      data: { slug: `events-other-${suffix}`, name: `Toinen ${suffix}` },
    });
    networkId = network.id;
    otherNetworkId = other.id;
    orgId = (await prisma.organization.create({ data: { name: `Ensikoti ${suffix}` } })).id;
    otherOrgId = (await prisma.organization.create({ data: { name: `Muu ${suffix}` } })).id;
    const since = new Date('2025-01-01T00:00:00.000Z');
    await prisma.networkMembership.createMany({
      data: [
        { networkId, organizationId: orgId, role: 'MEMBER', since },
        { networkId, organizationId: otherOrgId, role: 'MEMBER', since },
      ],
    });
    serviceId = await createServiceRow(prisma, networkId, orgId, `Eroinfo ${suffix}`);
  }, 120_000);

  afterAll(async () => {
    await api.close();
    await mail.close();
  });

  it("another organisation's editor and another network's coordinator cannot change an event; nothing changes", async () => {
    const event = await create({ serviceId });
    expect(event.viewerActions).toEqual(expect.arrayContaining(['UPDATE', 'SUBMIT', 'PUBLISH']));
    const before = await prisma.event.findUniqueOrThrow({ where: { id: event.id } });
    const audits = await prisma.auditEvent.count({ where: { entityId: event.id } });

    const byOther = await otherEditor()(UPDATE, {
      input: { id: event.id, expectedVersion: 1, title: { fi: 'Kaapattu' } },
    });
    expect(byOther.errors?.[0]?.extensions?.code).toBe('NOT_FOUND'); // a draft stays hidden
    const published = await editor()<{ publishEvent: EventNode }>(PUBLISH, {
      input: { id: event.id, expectedVersion: 1 },
    });
    expect(published.data?.publishEvent.status).toBe('PUBLISHED');
    const after1 = await prisma.event.findUniqueOrThrow({ where: { id: event.id } });

    for (const actor of [otherEditor(), otherCoordinator()]) {
      const update = await actor(UPDATE, {
        input: { id: event.id, expectedVersion: 2, title: { fi: 'Kaapattu' } },
      });
      expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const cancel = await actor(CANCEL, {
        input: { id: event.id, expectedVersion: 2, reason: 'ei' },
      });
      expect(cancel.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await prisma.event.findUniqueOrThrow({ where: { id: event.id } })).toEqual(after1);
    expect(after1.title).toEqual(before.title);
    expect(await prisma.auditEvent.count({ where: { entityId: event.id } })).toBe(audits + 1);
  });

  it('never gives the meeting link of a professionals’ event to an anonymous reader; a professional of the network reads it', async () => {
    const event = await create({
      kind: 'WEBINAR',
      audience: 'PROFESSIONALS',
      placeName: null,
      streetAddress: null,
      postalCode: null,
      postOffice: null,
      municipalityCode: null,
      isOnline: true,
      onlineUrl: 'https://teams.example.com/meet/ammattilaiset',
    });
    await editor()(PUBLISH, { input: { id: event.id, expectedVersion: 1 } });

    const anon = await anonymous()<{ event: EventNode }>(EVENT, { id: event.id });
    expect(anon.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const list = await anonymous()<{ events: { edges: { node: { id: string } }[] } }>(EVENTS, {
      filter: { networkId },
    });
    expect(list.data?.events.edges.map((e) => e.node.id)).not.toContain(event.id);
    expect(JSON.stringify(list)).not.toContain('teams.example.com');

    const pro = await professional()<{ event: EventNode }>(EVENT, { id: event.id });
    expect(pro.errors).toBeUndefined();
    expect(pro.data?.event.onlineUrl).toBe('https://teams.example.com/meet/ammattilaiset');
    const otherPro = await gqlAs(api, `professional:${otherNetworkId}`)(EVENT, { id: event.id });
    expect(otherPro.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // A public online event: its page is public, its link is not.
    const open = await create({ isOnline: true, onlineUrl: 'https://meet.example.com/julkinen' });
    await editor()(PUBLISH, { input: { id: open.id, expectedVersion: 1 } });
    const anonOpen = await anonymous()<{ event: EventNode }>(EVENT, { id: open.id });
    expect(anonOpen.data?.event.id).toBe(open.id);
    expect(anonOpen.data?.event.onlineUrl).toBeNull();
  });

  it('where the network reviews events, an editor cannot publish directly; a coordinator approves', async () => {
    await prisma.network.update({ where: { id: networkId }, data: { eventsRequireReview: true } });
    try {
      const event = await create();
      expect(event.viewerActions).not.toContain('PUBLISH');
      const direct = await editor()(PUBLISH, { input: { id: event.id, expectedVersion: 1 } });
      expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await prisma.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe(
        'DRAFT',
      );
      const submitted = await editor()<{ submitEvent: EventNode }>(SUBMIT, {
        input: { id: event.id, expectedVersion: 1 },
      });
      expect(submitted.data?.submitEvent.status).toBe('SUBMITTED');
      const selfApprove = await editor()(APPROVE, { input: { id: event.id, expectedVersion: 2 } });
      expect(selfApprove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await anonymous()(EVENT, { id: event.id })).errors?.[0]?.extensions?.code).toBe(
        'NOT_FOUND',
      );
      const approved = await coordinator()<{ approveEvent: EventNode }>(APPROVE, {
        input: { id: event.id, expectedVersion: 2 },
      });
      expect(approved.data?.approveEvent.status).toBe('PUBLISHED');
      const seen = await anonymous()<{ event: EventNode }>(EVENT, { id: event.id });
      expect(seen.data?.event.status).toBe('PUBLISHED');
    } finally {
      await prisma.network.update({
        where: { id: networkId },
        data: { eventsRequireReview: false },
      });
    }
  });

  it('a suspended member can cancel its published event but not change it or publish a draft; nothing changes', async () => {
    const live = await create();
    const publishedFirst = await editor()(PUBLISH, { input: { id: live.id, expectedVersion: 1 } });
    expect(publishedFirst.errors).toBeUndefined();
    const draft = await create();
    await prisma.networkMembership.update({
      where: { networkId_organizationId: { networkId, organizationId: orgId } },
      data: { status: 'SUSPENDED' },
    });
    try {
      const before = await prisma.event.findMany({
        where: { id: { in: [live.id, draft.id] } },
        orderBy: { id: 'asc' },
      });
      const edited = await editor()(UPDATE, {
        input: { id: live.id, expectedVersion: 2, title: { fi: 'Mainos' } },
      });
      expect(edited.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const published = await editor()(PUBLISH, { input: { id: draft.id, expectedVersion: 1 } });
      expect(published.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(
        await prisma.event.findMany({
          where: { id: { in: [live.id, draft.id] } },
          orderBy: { id: 'asc' },
        }),
      ).toEqual(before);
      const cancelled = await editor()<{ cancelEvent: EventNode }>(CANCEL, {
        input: { id: live.id, expectedVersion: 2, reason: 'Toiminta päättyy.' },
      });
      expect(cancelled.errors).toBeUndefined();
      expect(cancelled.data?.cancelEvent.status).toBe('CANCELLED');
    } finally {
      await prisma.networkMembership.update({
        where: { networkId_organizationId: { networkId, organizationId: orgId } },
        data: { status: 'ACTIVE' },
      });
    }
  });

  it('keeps a weekly meeting at 17:00 Helsinki time across the October change, and cancels and moves one occurrence', async () => {
    const event = await create({
      kind: 'GROUP',
      meetingCount: 4,
      startsAt: HELSINKI_SUMMER_17,
      endsAt: '2027-10-05T15:30:00.000Z',
      recurrence: 'FREQ=WEEKLY;COUNT=4',
    });
    const starts = event.occurrences.map((o) => o.startsAt);
    // 31.10.2027 is the change: 26.10 is still summer time (14:00Z), 2.11 winter time (15:00Z).
    expect(starts).toEqual([
      '2027-10-05T14:00:00.000Z',
      '2027-10-12T14:00:00.000Z',
      '2027-10-19T14:00:00.000Z',
      '2027-10-26T14:00:00.000Z',
    ]);
    const longer = await editor()<{ updateEvent: EventNode }>(UPDATE, {
      input: { id: event.id, expectedVersion: 1, recurrence: 'FREQ=WEEKLY;COUNT=6' },
    });
    expect(longer.errors).toBeUndefined();
    const updated = longer.data!.updateEvent;
    expect(updated.occurrences.slice(4).map((o) => [o.startsAt, o.endsAt])).toEqual([
      ['2027-11-02T15:00:00.000Z', '2027-11-02T16:30:00.000Z'],
      ['2027-11-09T15:00:00.000Z', '2027-11-09T16:30:00.000Z'],
    ]);
    expect(updated.lastEndsAt).toBe('2027-11-09T16:30:00.000Z');

    const notARule = await editor()(CANCEL_OCCURRENCE, {
      input: { id: event.id, expectedVersion: 2, occurrenceStart: '2027-10-06T14:00:00.000Z' },
    });
    expect(notARule.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'occurrenceStart',
    });
    const cancelled = await editor()(CANCEL_OCCURRENCE, {
      input: { id: event.id, expectedVersion: 2, occurrenceStart: '2027-10-12T14:00:00.000Z' },
    });
    expect(cancelled.errors).toBeUndefined();
    const moved = await editor()(MOVE_OCCURRENCE, {
      input: {
        id: event.id,
        expectedVersion: 3,
        occurrenceStart: '2027-11-09T15:00:00.000Z',
        newStartsAt: '2027-11-11T15:00:00.000Z',
        newEndsAt: '2027-11-11T16:30:00.000Z',
      },
    });
    expect(moved.errors).toBeUndefined();
    const read = await editor()<{ event: EventNode }>(EVENT, {
      id: event.id,
      from: '2027-10-10T00:00:00.000Z',
    });
    expect(read.data?.event.occurrences.map((o) => [o.startsAt, o.moved])).toEqual([
      ['2027-10-19T14:00:00.000Z', false],
      ['2027-10-26T14:00:00.000Z', false],
      ['2027-11-02T15:00:00.000Z', false],
      ['2027-11-11T15:00:00.000Z', true],
    ]);
    expect(read.data?.event.lastEndsAt).toBe('2027-11-11T16:30:00.000Z');

    // The list's window counts occurrences, not the span: none falls on 13.10.
    await editor()(PUBLISH, { input: { id: event.id, expectedVersion: 4 } });
    const window = (from: string, to: string) =>
      anonymous()<{ events: { edges: { node: { id: string } }[] } }>(EVENTS, {
        filter: { networkId, from, to },
      });
    const quiet = await window('2027-10-12T21:00:00.000Z', '2027-10-13T21:00:00.000Z');
    expect(quiet.data?.events.edges.map((e) => e.node.id)).not.toContain(event.id);
    const busy = await window('2027-10-18T21:00:00.000Z', '2027-10-19T21:00:00.000Z');
    expect(busy.data?.events.edges.map((e) => e.node.id)).toContain(event.id);
  });

  it('tells the people signed up when a published event moves or is cancelled, without the link for an anonymous sign-up', async () => {
    const event = await create({
      kind: 'WEBINAR',
      audience: 'PROFESSIONALS',
      isOnline: true,
      onlineUrl: 'https://teams.example.com/meet/salainen',
      signupEnabled: true,
    });
    await editor()(PUBLISH, { input: { id: event.id, expectedVersion: 1 } });
    await prisma.eventSignup.createMany({
      data: [
        {
          eventId: event.id,
          name: 'Anna',
          email: 'anna@example.com',
          status: 'CONFIRMED',
          language: 'sv',
        },
        { eventId: event.id, name: 'Ei', email: 'pois@example.com', status: 'CANCELLED' },
      ],
    });
    const moved = await editor()(UPDATE, {
      input: {
        id: event.id,
        expectedVersion: 2,
        startsAt: new Date(Date.now() + 11 * DAY).toISOString(),
        endsAt: new Date(Date.now() + 11 * DAY + 3600_000).toISOString(),
      },
    });
    expect(moved.errors).toBeUndefined();
    const changed = await mail.waitFor('anna@example.com');
    expect(changed.subject).toContain('Ändring i evenemanget');
    const newStart = new Intl.DateTimeFormat('sv-FI', {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      timeZone: 'Europe/Helsinki',
    }).format(new Date(Date.now() + 11 * DAY));
    expect(changed.text).toContain(newStart);
    expect(changed.text).toContain('Perhetupa');
    expect(changed.text).not.toContain('salainen');

    await editor()(CANCEL, {
      input: { id: event.id, expectedVersion: 3, reason: 'Sairastuminen' },
    });
    const cancelled = await eventually(
      () => Promise.resolve(mail.mails.find((m) => m.subject.includes('inställt'))),
      'cancellation mail',
    );
    expect(cancelled.to).toEqual(['anna@example.com']);
    expect(cancelled.text).toContain('Sairastuminen');
    await outboxDrained(prisma);
    expect(mail.mails.filter((m) => m.to.includes('pois@example.com'))).toEqual([]);
    const again = await editor()(UPDATE, {
      input: { id: event.id, expectedVersion: 4, title: { fi: 'Uusi' } },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it.each([
    ['title.fi', { title: { sv: 'Bara svenska' } }],
    ['endsAt', { endsAt: '2020-01-01T00:00:00.000Z' }],
    ['recurrence', { recurrence: 'FREQ=WEEKLY' }],
    ['placeName', { placeName: null, streetAddress: null, isOnline: false }],
    ['onlineUrl', { isOnline: true, onlineUrl: 'http://insecure.example.com' }],
    ['capacity', { capacity: 0 }],
    ['ageMax', { ageMin: 10, ageMax: 5 }],
    ['meetingCount', { meetingCount: 3 }],
    ['municipalityCode', { municipalityCode: '999' }],
  ])('refuses bad input as BAD_USER_INPUT naming %s', async (field, overrides) => {
    const count = await prisma.event.count();
    const result = await editor()(CREATE, { input: baseInput(overrides) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await prisma.event.count()).toBe(count);
  });

  it('refuses terms, services and organisers that do not fit the network', async () => {
    const foreignTerm = await prisma.taxonomyTerm.create({
      data: {
        networkId: otherNetworkId,
        kind: 'THEME',
        slug: `t-${randomUUID()}`,
        label: { fi: 'Muu' },
      },
    });
    const otherService = await createServiceRow(
      prisma,
      networkId,
      otherOrgId,
      `Muu palvelu ${randomUUID()}`,
    );
    const outsider = (await prisma.organization.create({ data: { name: 'Ulkopuolinen' } })).id;
    const cases: [string, Record<string, unknown>, string?][] = [
      ['termIds.0', { termIds: [foreignTerm.id] }],
      ['serviceId', { serviceId: otherService }],
      ['organizationId', { organizationId: outsider }, `editor:${outsider}`],
    ];
    for (const [field, overrides, role] of cases) {
      const result = await gqlAs(api, role ?? `editor:${orgId}`)(CREATE, {
        input: baseInput(overrides),
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('lists the upcoming events of a service on the service', async () => {
    const service = await createServiceRow(
      prisma,
      networkId,
      orgId,
      `Vertaisryhmä ${randomUUID()}`,
    );
    const shown = await create({ serviceId: service });
    await editor()(PUBLISH, { input: { id: shown.id, expectedVersion: 1 } });
    await create({ serviceId: service }); // a draft: not for the public
    const result = await anonymous()<{
      service: { events: { totalCount: number; edges: { node: { id: string } }[] } };
    }>(
      /* GraphQL */ `
        query ($id: ID!) {
          service(id: $id) {
            events(first: 5) {
              totalCount
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      `,
      { id: service },
    );
    expect(result.data?.service.events.edges.map((e) => e.node.id)).toEqual([shown.id]);
  });
});
