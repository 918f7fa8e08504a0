import { ORG_LAHTI, PERHELINJA_ID, type Prisma, PrismaClient } from '@linja/db';
import { instantOf, lastEndOf } from '@linja/domain';

import { DEV_ACTOR_HEADER } from '../../../src/auth/dev-actor';
import { parseOccurrences } from '../../helpers/ical-parse';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const SLUG = 'perhelinja';
const PUBLIC_LINK = 'https://meet.example/public-group-room';
const PRO_LINK = 'https://meet.example/professionals-room';

/** Unfolds RFC 5545 line folding, so a search sees whole property values. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe(`iCalendar feeds on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  const ids: Record<string, string> = {};

  async function createEvent(
    key: string,
    data: Omit<Prisma.EventUncheckedCreateInput, 'networkId' | 'lastEndsAt'>,
    exceptions: { occurrenceStart: Date; newStartsAt: Date | null; newEndsAt: Date | null }[] = [],
  ) {
    const times = {
      startsAt: new Date(data.startsAt),
      endsAt: new Date(data.endsAt),
      timeZone: 'Europe/Helsinki',
      recurrence: data.recurrence ?? null,
    };
    const row = await prisma.event.create({
      data: {
        networkId: PERHELINJA_ID,
        lastEndsAt: lastEndOf(times, exceptions),
        ...data,
        exceptions: { create: exceptions },
      },
    });
    ids[key] = row.id;
  }

  const feed = (query = '') => fetch(`${api.baseUrl}/ical/networks/${SLUG}/events.ics${query}`);
  const feedText = async (query = '') => {
    const response = await feed(query);
    expect(response.status).toBe(200);
    return response.text();
  };
  /** The titles of this spec's events in a feed (demo events of the seed may be there too). */
  const summaries = (ics: string) => {
    const ours = new Set(Object.values(ids).map((id) => `${id}@linja`));
    return [
      ...new Set(
        parseOccurrences(ics)
          .filter((o) => ours.has(o.uid))
          .map((o) => o.summary),
      ),
    ];
  };

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    // Tuesdays 17:00–18:30 in Lahti across the start of summer time (Sunday 31 March 2030);
    // 26 March cancelled.
    await createEvent(
      'group',
      {
        organizationId: ORG_LAHTI,
        kind: 'GROUP',
        audience: 'PUBLIC',
        status: 'PUBLISHED',
        title: { fi: 'Eroryhmä', sv: 'Skilsmässogrupp' },
        description: { fi: 'Vertaisryhmä eronneille.' },
        startsAt: instantOf('2030-03-19', '17:00'),
        endsAt: instantOf('2030-03-19', '18:30'),
        recurrence: 'FREQ=WEEKLY;COUNT=4',
        placeName: 'Perhetupa',
        streetAddress: 'Vesijärvenkatu 1',
        postalCode: '15140',
        postOffice: 'Lahti',
        municipalityCode: '398',
        isOnline: true,
        onlineUrl: PUBLIC_LINK,
      },
      [{ occurrenceStart: instantOf('2030-03-26', '17:00'), newStartsAt: null, newEndsAt: null }],
    );
    await createEvent('webinar', {
      kind: 'WEBINAR',
      audience: 'PUBLIC',
      status: 'PUBLISHED',
      title: { fi: 'Verkkoluento vanhemmuudesta' },
      startsAt: instantOf('2030-05-07', '18:00'),
      endsAt: instantOf('2030-05-07', '19:00'),
      isOnline: true,
      onlineUrl: PUBLIC_LINK,
    });
    await createEvent('professionals', {
      kind: 'INFO_SESSION',
      audience: 'PROFESSIONALS',
      status: 'PUBLISHED',
      title: { fi: 'Järjestöinfo ammattilaisille' },
      startsAt: instantOf('2030-04-09', '08:30'),
      endsAt: instantOf('2030-04-09', '09:00'),
      isOnline: true,
      onlineUrl: PRO_LINK,
    });
    await createEvent('draft', {
      kind: 'PUBLIC_EVENT',
      audience: 'PUBLIC',
      status: 'DRAFT',
      title: { fi: 'Luonnos' },
      startsAt: instantOf('2030-04-10', '12:00'),
      endsAt: instantOf('2030-04-10', '13:00'),
      municipalityCode: '398',
    });
  });

  afterAll(async () => {
    await api.close();
  });

  it('serves the network feed as cacheable text/calendar; DTSTART in Europe/Helsinki is right on both sides of the DST change and the cancelled date is left out', async () => {
    const response = await feed();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const ics = await response.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);

    const group = parseOccurrences(ics).filter((o) => o.summary === 'Eroryhmä');
    expect(group.map((o) => [o.local, o.tzid, o.utc])).toEqual([
      ['2030-03-19T17:00:00', 'Europe/Helsinki', '2030-03-19T15:00:00.000Z'], // EET, UTC+2
      ['2030-04-02T17:00:00', 'Europe/Helsinki', '2030-04-02T14:00:00.000Z'], // EEST, UTC+3
      ['2030-04-09T17:00:00', 'Europe/Helsinki', '2030-04-09T14:00:00.000Z'],
    ]);
    expect(group.some((o) => o.local.startsWith('2030-03-26'))).toBe(false);
    expect(summaries(ics)).toEqual(['Eroryhmä', 'Verkkoluento vanhemmuudesta']);
    expect(unfold(ics)).toContain(
      `URL;VALUE=URI:http://localhost:4000/${SLUG}/events/${ids.group}`,
    );
  });

  it('never carries a professionals’ event, a draft or any meeting link', async () => {
    const ics = unfold(await feedText('?audience=PUBLIC,PROFESSIONALS'));
    expect(ics).not.toContain('Järjestöinfo');
    expect(ics).not.toContain(ids.professionals);
    expect(ics).not.toContain('Luonnos');
    expect(ics).not.toContain('meet.example');
  });

  it('applies the filters: municipality, online, kind and language', async () => {
    expect(summaries(await feedText('?municipality=398'))).toEqual(['Eroryhmä']);
    expect(summaries(await feedText('?online=true&kind=WEBINAR'))).toEqual([
      'Verkkoluento vanhemmuudesta',
    ]);
    expect(summaries(await feedText('?municipality=091'))).toEqual([]);
    expect(summaries(await feedText('?municipality=091&includeOnline=true'))).toEqual([
      'Eroryhmä',
      'Verkkoluento vanhemmuudesta',
    ]);
    // Swedish where there is Swedish, Finnish otherwise.
    expect(summaries(await feedText('?lang=sv'))).toEqual([
      'Skilsmässogrupp',
      'Verkkoluento vanhemmuudesta',
    ]);
  });

  it('answers a bad filter with 400 naming the parameter, and an unknown network with 404', async () => {
    const bad = await feed('?municipality=Lahti');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'municipality',
        message: expect.stringContaining('3 digits') as unknown,
      }) as unknown,
    });
    const badKind = await feed('?kind=PARTY');
    expect(badKind.status).toBe(400);
    expect(((await badKind.json()) as { error: { field: string } }).error.field).toBe('kind');
    const unknownParam = await feed('?colour=red');
    expect(unknownParam.status).toBe(400);
    expect(((await unknownParam.json()) as { error: { message: string } }).error.message).toContain(
      'colour',
    );
    expect((await fetch(`${api.baseUrl}/ical/networks/no-such/events.ics`)).status).toBe(404);
  });

  it('serves the organisation feed with only its events', async () => {
    const response = await fetch(`${api.baseUrl}/ical/organizations/${ORG_LAHTI}/events.ics`);
    expect(response.status).toBe(200);
    expect(summaries(await response.text())).toEqual(['Eroryhmä']);
  });

  it('serves one event as a download; the meeting link only to a reader who may see it', async () => {
    const anonymous = await fetch(`${api.baseUrl}/ical/events/${ids.group}.ics?lang=sv`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('content-disposition')).toContain('attachment');
    const ics = unfold(await anonymous.text());
    expect(ics).toContain('METHOD:PUBLISH');
    expect(summaries(ics)).toEqual(['Skilsmässogrupp']);
    expect(ics).not.toContain('meet.example');

    expect((await fetch(`${api.baseUrl}/ical/events/${ids.professionals}.ics`)).status).toBe(404);
    const professional = await fetch(`${api.baseUrl}/ical/events/${ids.professionals}.ics`, {
      headers: { [DEV_ACTOR_HEADER]: `professional:${PERHELINJA_ID}` },
    });
    expect(professional.status).toBe(200);
    expect(professional.headers.get('cache-control')).toBe('private, no-store');
    expect(unfold(await professional.text())).toContain(PRO_LINK);
  });
});
