import { ORG_LAHTI } from '@linja/db';

import { instantOf, localDateTime } from '@linja/domain';

import { SignupReminderService } from '../../../src/event-signups/signup-reminder.service';
import { SignupErasureService } from '../../../src/event-signups/signup-erasure.service';
import { eventCounts } from '../../../src/event-signups/event-counts.service';
import { parseOccurrences } from '../../helpers/ical-parse';
import { outboxDrained } from '../../helpers/outbox';
import { DB_MODE_LABEL } from '../../helpers/test-app';
import { gql, signIn } from '../identity/identity-kit';
import {
  CANCEL,
  cancelTokenFrom,
  CONFIRM,
  confirmTokenFrom,
  createSignupEvent,
  icsAttachment,
  ORG_MLL_VS,
  PERHELINJA_ID,
  PUBLIC_BASE_URL,
  SIGN_UP,
  type SignupTestApp,
  startSignupTestApp,
} from './event-signup-kit';

interface Receipt {
  id: string;
  eventId: string;
  status: string;
}

const LIST = /* GraphQL */ `
  query List($eventId: ID!, $first: Int, $after: String) {
    eventSignups(eventId: $eventId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          status
          attended
        }
      }
    }
  }
`;
const MARK = /* GraphQL */ `
  mutation Mark($signupId: ID!, $attended: Boolean) {
    markAttendance(signupId: $signupId, attended: $attended) {
      id
      attended
    }
  }
`;
const HEAD_COUNT = /* GraphQL */ `
  mutation Count($eventId: ID!, $count: Int) {
    setEventAttendanceCount(eventId: $eventId, count: $count) {
      id
      attendanceCount
    }
  }
`;
const EVENT_FIELDS = /* GraphQL */ `
  query Event($id: ID!) {
    event(id: $id) {
      id
      placesLeft
      signupCounts {
        confirmed
        waitlisted
        cancelled
        attended
      }
      viewerSignup {
        id
        status
        name
      }
    }
  }
`;

const hourAfter = (date: Date) => new Date(date.getTime() + 3_600_000);

const EDITOR_MLL = `editor:${ORG_MLL_VS}`;
/** Lahden ensi- ja turvakoti: a member of the other network only. */
const EDITOR_LAHTI = `editor:${ORG_LAHTI}`;

describe(`event sign-ups on ${DB_MODE_LABEL}`, () => {
  let t: SignupTestApp;
  let address = 0;
  /** A fresh loopback source address, so per-address rate limits do not add up across tests. */
  const from = () => {
    address += 1;
    return `127.0.${Math.floor(address / 250) + 1}.${(address % 250) + 1}`;
  };
  /** signUpForEvent as sent: without an account the answer is PENDING. */
  const request = (input: Record<string, unknown>, as?: string, cookie?: string) =>
    gql<{ signUpForEvent: Receipt }>(
      t.api.baseUrl,
      SIGN_UP,
      { input },
      {
        from: from(),
        ...(as ? { as } : {}),
        ...(cookie ? { cookie } : {}),
      },
    );
  const usedConfirmTokens = new Set<string>();
  /** The token of the newest unused confirmation mail to `email` for `eventId`. */
  const confirmToken = async (email: string, eventId: string): Promise<string> => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const tokens = t.mail.mails
        .filter(
          (mail) =>
            mail.to.includes(email.toLowerCase()) &&
            mail.text.includes(`/events/${eventId}/confirm?token=`),
        )
        .map(confirmTokenFrom)
        .filter((token) => !usedConfirmTokens.has(token));
      const token = tokens[0];
      if (token) {
        usedConfirmTokens.add(token);
        return token;
      }
      if (Date.now() > deadline) throw new Error(`no confirmation mail to ${email}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  const confirm = (token: string) =>
    gql<{ confirmSignup: Receipt }>(t.api.baseUrl, CONFIRM, { token }, { from: from() });
  /**
   * Signs up as a person would: without an account that is the sign-up, then the confirmation
   * link from the mail (the answer is the confirmation's, in signUpForEvent's shape).
   */
  const signUp = async (input: Record<string, unknown>, as?: string, cookie?: string) => {
    const reply = await request(input, as, cookie);
    const receipt = reply.data?.signUpForEvent;
    if (receipt?.status !== 'PENDING') return reply;
    const confirmed = await confirm(await confirmToken(String(input.email), receipt.eventId));
    return {
      data: confirmed.data ? { signUpForEvent: confirmed.data.confirmSignup } : null,
      errors: confirmed.errors,
    };
  };

  beforeAll(async () => {
    t = await startSignupTestApp();
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  it('20 people signing up at once to 5 places: exactly 5 confirmed, 15 on the waiting list; cancelling promotes the first in line and mails them', async () => {
    const event = await createSignupEvent(t.prisma, { capacity: 5 });
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signUp({ eventId: event.id, name: `Henkilö ${i}`, email: `rush${i}@example.fi` }),
      ),
    );
    process.stdout.write(`20 sign-ups: ${Date.now() - started} ms\n`);
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const statuses = results.map((r) => r.data?.signUpForEvent.status);
    expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(15);
    const rows = await t.prisma.eventSignup.groupBy({
      by: ['status'],
      where: { eventId: event.id },
      _count: { _all: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.status, r._count._all]))).toEqual({
      CONFIRMED: 5,
      WAITLISTED: 15,
    });
    const fields = await gql<{
      event: { placesLeft: number; signupCounts: Record<string, number> };
    }>(t.api.baseUrl, EVENT_FIELDS, { id: event.id });
    expect(fields.data?.event.placesLeft).toBe(0);
    expect(fields.data?.event.signupCounts).toEqual({
      confirmed: 5,
      waitlisted: 15,
      cancelled: 0,
      attended: 0,
    });

    // A confirmed person cancels with the link from their mail, without an account.
    const confirmedIndex = statuses.indexOf('CONFIRMED');
    const [, confirmation] = await t.mail.waitFor(`rush${confirmedIndex}@example.fi`, 2);
    expect(confirmation?.subject).toMatch(/^Ilmoittautuminen vahvistettu: Eroinfo-ilta/);
    expect(confirmation?.text).toContain(
      `${PUBLIC_BASE_URL}/perhelinja/events/${event.id}/cancel?token=`,
    );
    const token = cancelTokenFrom(confirmation!);
    const cancelled = await gql<{ cancelSignup: Receipt }>(
      t.api.baseUrl,
      CANCEL,
      { token },
      { from: from() },
    );
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data?.cancelSignup.status).toBe('CANCELLED');
    // Again: the same answer, nothing more happens.
    const again = await gql<{ cancelSignup: Receipt }>(
      t.api.baseUrl,
      CANCEL,
      { token },
      { from: from() },
    );
    expect(again.data?.cancelSignup.status).toBe('CANCELLED');

    const firstWaiting = await t.prisma.eventSignup.findFirst({
      where: { eventId: event.id, promotedAt: { not: null } },
    });
    const waitingOrder = await t.prisma.eventSignup.findMany({
      where: { eventId: event.id, OR: [{ status: 'WAITLISTED' }, { promotedAt: { not: null } }] },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    expect(firstWaiting?.id).toBe(waitingOrder[0]?.id);
    expect(firstWaiting?.status).toBe('CONFIRMED');
    expect(
      await t.prisma.eventSignup.count({ where: { eventId: event.id, status: 'CONFIRMED' } }),
    ).toBe(5);
    const mails = await t.mail.waitFor(firstWaiting!.email!, 3);
    expect(mails.map((m) => m.subject.split(':')[0])).toEqual([
      'Vahvista ilmoittautumisesi',
      'Olet jonossa',
      'Sait paikan',
    ]);
    expect(icsAttachment(mails[2]!)).toContain('BEGIN:VEVENT');
    expect(icsAttachment(mails[1]!)).toBeUndefined();
    expect(icsAttachment(mails[0]!)).toBeUndefined();
  }, 120_000);

  it('raising the capacity moves the waiting list up at once, in order, and mails the promoted', async () => {
    const event = await createSignupEvent(t.prisma, { capacity: 1, municipalityCode: '853' });
    for (const i of [1, 2, 3]) {
      const reply = await signUp({
        eventId: event.id,
        name: `Jonossa ${i}`,
        email: `raise${i}@example.fi`,
      });
      expect(reply.errors).toBeUndefined();
    }
    const update = await gql<{ updateEvent: { capacity: number } }>(
      t.api.baseUrl,
      /* GraphQL */ `
        mutation Raise($input: UpdateEventInput!) {
          updateEvent(input: $input) {
            capacity
          }
        }
      `,
      { input: { id: event.id, expectedVersion: 1, capacity: 2 } },
      { as: EDITOR_MLL, from: from() },
    );
    expect(update.errors).toBeUndefined();
    expect(update.data?.updateEvent.capacity).toBe(2);
    const rows = await t.prisma.eventSignup.findMany({
      where: { eventId: event.id },
      orderBy: { email: 'asc' },
      select: { email: true, status: true },
    });
    expect(rows).toEqual([
      { email: 'raise1@example.fi', status: 'CONFIRMED' },
      { email: 'raise2@example.fi', status: 'CONFIRMED' },
      { email: 'raise3@example.fi', status: 'WAITLISTED' },
    ]);
    const mails = await t.mail.waitFor('raise2@example.fi', 3);
    expect(mails.map((m) => m.subject.split(':')[0])).toEqual([
      'Vahvista ilmoittautumisesi',
      'Olet jonossa',
      'Sait paikan',
    ]);
  }, 120_000);

  it('the confirmation carries an .ics that an independent parser reads: title, and the start in Helsinki time; the meeting link of an online event only in the mail to the person', async () => {
    // 17:00 Helsinki in summer (UTC+3) and in winter (UTC+2).
    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    startsAt.setUTCHours(14, 0, 0, 0);
    const event = await createSignupEvent(t.prisma, {
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      lastEndsAt: new Date(startsAt.getTime() + 3_600_000),
      isOnline: true,
      onlineUrl: 'https://meet.example/eroinfo-123',
      title: { fi: 'Verkkoilta', sv: 'Nätkväll', en: 'Online evening' },
    });
    const result = await signUp({
      eventId: event.id,
      name: 'Kalle Kalenteri',
      email: 'ics@example.fi',
      language: 'sv',
    });
    expect(result.data?.signUpForEvent.status).toBe('CONFIRMED');
    const [request, mail] = await t.mail.waitFor('ics@example.fi', 2);
    // The request to confirm holds no place yet: no meeting link, no calendar file.
    expect(request?.subject).toBe('Bekräfta din anmälan: Nätkväll');
    expect(request?.text).not.toContain('https://meet.example/eroinfo-123');
    expect(icsAttachment(request!)).toBeUndefined();
    expect(mail?.subject).toBe('Anmälan bekräftad: Nätkväll');
    expect(mail?.text).toContain('https://meet.example/eroinfo-123');
    const ics = icsAttachment(mail!);
    expect(ics).toBeDefined();
    const [occurrence, ...more] = parseOccurrences(ics!);
    expect(more).toEqual([]);
    expect(occurrence?.summary).toBe('Nätkväll');
    expect(occurrence?.tzid).toBe('Europe/Helsinki');
    expect(occurrence?.utc).toBe(startsAt.toISOString());
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Helsinki',
      hour: '2-digit',
      minute: '2-digit',
    }).format(startsAt);
    expect(occurrence?.local.slice(11, 16)).toBe(local);
    expect(ics).toContain('https://meet.example/eroinfo-123');
    // The public event page never shows the link to an anonymous reader (events/ read path).
    const page = await gql<{ event: Record<string, unknown> }>(
      t.api.baseUrl,
      'query($id: ID!) { event(id: $id) { onlineUrl } }',
      { id: event.id },
    );
    expect(page.data?.event.onlineUrl ?? null).toBeNull();
  }, 60_000);

  it('typed refusals: past the deadline, full without a waiting list, twice with one email, a missing answer; nothing is stored', async () => {
    const closed = await createSignupEvent(t.prisma, {
      signupDeadline: new Date(Date.now() - 60_000),
    });
    const late = await signUp({ eventId: closed.id, name: 'Myöhäinen', email: 'late@example.fi' });
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SIGNUP_CLOSED',
    });

    const full = await createSignupEvent(t.prisma, { capacity: 1, waitlistEnabled: false });
    expect(
      (await signUp({ eventId: full.id, name: 'Eka', email: 'first@example.fi' })).data
        ?.signUpForEvent.status,
    ).toBe('CONFIRMED');
    const second = await signUp({ eventId: full.id, name: 'Toka', email: 'second@example.fi' });
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'EVENT_FULL',
    });
    // Full without a waiting list is refused at once (placesLeft is public); one address twice only
    // when its mailbox confirms (the sign-up itself answers PENDING either way).
    const roomy = await createSignupEvent(t.prisma, { capacity: 5 });
    await signUp({ eventId: roomy.id, name: 'Eka', email: 'first@example.fi' });
    const twice = await signUp({ eventId: roomy.id, name: 'Eka taas', email: 'FIRST@example.fi' });
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_SIGNED_UP',
    });
    expect(twice.errors?.[0]?.extensions).not.toHaveProperty('status');

    const asked = await createSignupEvent(t.prisma, {
      signupQuestion: { fi: 'Ruoka-aineallergiat?' },
    });
    const noAnswer = await signUp({ eventId: asked.id, name: 'Ville', email: 'v@example.fi' });
    expect(noAnswer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.answer',
    });
    const draft = await createSignupEvent(t.prisma, { status: 'DRAFT' });
    const hidden = await signUp({ eventId: draft.id, name: 'Ville', email: 'v@example.fi' });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      await t.prisma.eventSignup.count({
        where: { eventId: { in: [closed.id, asked.id, draft.id] } },
      }),
    ).toBe(0);
    expect(await t.prisma.eventSignup.count({ where: { eventId: full.id } })).toBe(1);
    // The one held place; the second "Eka" never confirmed, so holds nothing.
    expect(
      await t.prisma.eventSignup.count({
        where: { eventId: roomy.id, status: { not: 'PENDING' } },
      }),
    ).toBe(1);
  }, 60_000);

  it('without an account a sign-up holds no place until its mail is confirmed, and answers the same whether or not the address is signed up', async () => {
    const event = await createSignupEvent(t.prisma, { capacity: 1, waitlistEnabled: true });
    const first = await request({ eventId: event.id, name: 'Eka', email: 'holder@example.fi' });
    expect(first.errors).toBeUndefined();
    expect(first.data?.signUpForEvent.status).toBe('PENDING');
    // Nothing is held: the place is still free, the organisers see nobody, nothing is counted.
    const before = await gql<{
      event: { placesLeft: number; signupCounts: Record<string, number> };
    }>(t.api.baseUrl, EVENT_FIELDS, { id: event.id });
    expect(before.data?.event.placesLeft).toBe(1);
    expect(before.data?.event.signupCounts).toMatchObject({ confirmed: 0, waitlisted: 0 });
    const listed = await gql<{ eventSignups: { totalCount: number } }>(
      t.api.baseUrl,
      LIST,
      { eventId: event.id },
      { as: EDITOR_MLL },
    );
    expect(listed.data?.eventSignups.totalCount).toBe(0);
    // The confirmation link cannot cancel (there is nothing to cancel) and cannot mark attendance.
    const token = await confirmToken('holder@example.fi', event.id);
    const cancelPending = await gql(t.api.baseUrl, CANCEL, { token }, { from: from() });
    expect(cancelPending.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
    });
    const markPending = await gql(
      t.api.baseUrl,
      MARK,
      { signupId: first.data!.signUpForEvent.id, attended: true },
      { as: EDITOR_MLL },
    );
    expect(markPending.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Not yet a sign-up, so not in the organisers' audit log either.
    expect(
      await t.prisma.auditEvent.count({ where: { entityId: first.data!.signUpForEvent.id } }),
    ).toBe(0);
    const confirmingAt = new Date();
    const confirmed = await confirm(token);
    expect(confirmed.data?.confirmSignup.status).toBe('CONFIRMED');
    const row = await t.prisma.eventSignup.findUniqueOrThrow({
      where: { id: first.data!.signUpForEvent.id },
    });
    // It counts from its confirmation (its place in a waiting list is that moment's).
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(confirmingAt.getTime() - 1000);
    expect(
      await t.prisma.auditEvent.findMany({
        where: { entityId: row.id },
        select: { action: true },
      }),
    ).toEqual([{ action: 'event.signedUp' }]);
    // Following the link again answers the state; nothing more happens.
    expect((await confirm(token)).data?.confirmSignup.status).toBe('CONFIRMED');

    // Someone else types the same address: the same answer as for a new one, no error that would
    // tell them it is signed up; only the mailbox's owner learns it, when confirming.
    const probe = await request({ eventId: event.id, name: 'Utelias', email: 'HOLDER@example.fi' });
    const fresh = await request({ eventId: event.id, name: 'Uusi', email: 'new@example.fi' });
    expect(probe.errors).toBeUndefined();
    expect(fresh.errors).toBeUndefined();
    expect(probe.data?.signUpForEvent.status).toBe(fresh.data?.signUpForEvent.status);
    const again = await confirm(await confirmToken('holder@example.fi', event.id));
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_SIGNED_UP',
    });

    // An event narrowed to professionals meanwhile takes no anonymous places.
    const narrowed = await createSignupEvent(t.prisma);
    const pendingThere = await request({
      eventId: narrowed.id,
      name: 'Ehkä',
      email: 'narrow@example.fi',
    });
    expect(pendingThere.data?.signUpForEvent.status).toBe('PENDING');
    const narrowToken = await confirmToken('narrow@example.fi', narrowed.id);
    await t.prisma.event.update({
      where: { id: narrowed.id },
      data: { audience: 'PROFESSIONALS' },
    });
    expect((await confirm(narrowToken)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SIGNUP_CLOSED',
    });

    // A link older than 24 hours is refused, and the hourly job deletes never-confirmed sign-ups.
    const newToken = await confirmToken('new@example.fi', event.id);
    await t.prisma.eventSignup.updateMany({
      where: { eventId: event.id, status: 'PENDING' },
      data: { createdAt: new Date(Date.now() - 25 * 3_600_000) },
    });
    const expired = await confirm(newToken);
    expect(expired.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'LINK_EXPIRED',
    });
    expect(await t.api.app.get(SignupErasureService).deleteUnconfirmed()).toBeGreaterThanOrEqual(2);
    const left = await t.prisma.eventSignup.findMany({
      where: { eventId: event.id },
      select: { email: true, status: true },
    });
    expect(left).toEqual([{ email: 'holder@example.fi', status: 'CONFIRMED' }]);
    expect(await confirm(newToken)).toMatchObject({
      errors: [
        expect.objectContaining({ extensions: expect.objectContaining({ field: 'token' }) }),
      ],
    });
  }, 60_000);

  it('a signed-in professional signs up from their account (nothing stored twice) and sees their own sign-up', async () => {
    const event = await createSignupEvent(t.prisma, { audience: 'PROFESSIONALS' });
    const cookie = await signIn(
      t.api.baseUrl,
      'ammattilainen@hyvinvointialue.example',
      undefined,
      from(),
    );
    const result = await signUp(
      { eventId: event.id, name: 'ignored', email: 'x@example.fi' },
      undefined,
      cookie,
    );
    expect(result.errors).toBeUndefined();
    const row = await t.prisma.eventSignup.findUniqueOrThrow({
      where: { id: result.data!.signUpForEvent.id },
    });
    expect(row.userId).not.toBeNull();
    expect([row.name, row.email]).toEqual([null, null]);
    const mine = await gql<{ event: { viewerSignup: { status: string; name: string } | null } }>(
      t.api.baseUrl,
      EVENT_FIELDS,
      { id: event.id },
      { cookie },
    );
    expect(mine.data?.event.viewerSignup?.status).toBe('CONFIRMED');
    await t.mail.waitFor('ammattilainen@hyvinvointialue.example');
    // The public sees no professionals' event at all.
    const anonymous = await signUp({ eventId: event.id, name: 'Anna', email: 'anna@example.fi' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  }, 60_000);

  it('organisers list sign-ups and mark attendance; the anonymous and another organisation’s editor can do neither, and nothing changes', async () => {
    const event = await createSignupEvent(t.prisma);
    for (const i of [1, 2, 3]) {
      await signUp({ eventId: event.id, name: `Osallistuja ${i}`, email: `p${i}@example.fi` });
    }
    const anonymous = await gql(t.api.baseUrl, LIST, { eventId: event.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const page1 = await gql<{
      eventSignups: {
        totalCount: number;
        pageInfo: { endCursor: string };
        edges: { node: { id: string; name: string } }[];
      };
    }>(t.api.baseUrl, LIST, { eventId: event.id, first: 2 }, { as: EDITOR_MLL });
    expect(page1.errors).toBeUndefined();
    expect(page1.data?.eventSignups.totalCount).toBe(3);
    expect(page1.data?.eventSignups.edges.map((e) => e.node.name)).toEqual([
      'Osallistuja 1',
      'Osallistuja 2',
    ]);
    const page2 = await gql<{ eventSignups: { edges: { node: { name: string } }[] } }>(
      t.api.baseUrl,
      LIST,
      { eventId: event.id, first: 2, after: page1.data?.eventSignups.pageInfo.endCursor },
      { as: `coordinator:${PERHELINJA_ID}` },
    );
    expect(page2.data?.eventSignups.edges.map((e) => e.node.name)).toEqual(['Osallistuja 3']);

    const target = page1.data!.eventSignups.edges[0]!.node.id;
    const before = await t.prisma.eventSignup.findMany({
      where: { eventId: event.id },
      orderBy: { id: 'asc' },
    });
    const outsider = await gql(t.api.baseUrl, LIST, { eventId: event.id }, { as: EDITOR_LAHTI });
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outsiderMark = await gql(
      t.api.baseUrl,
      MARK,
      { signupId: target, attended: true },
      { as: EDITOR_LAHTI },
    );
    expect(outsiderMark.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outsiderCount = await gql(
      t.api.baseUrl,
      HEAD_COUNT,
      { eventId: event.id, count: 9 },
      { as: EDITOR_LAHTI },
    );
    expect(outsiderCount.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymousMark = await gql(t.api.baseUrl, MARK, { signupId: target, attended: true });
    expect(anonymousMark.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      await t.prisma.eventSignup.findMany({ where: { eventId: event.id }, orderBy: { id: 'asc' } }),
    ).toEqual(before);
    expect(
      (await t.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).attendanceCount,
    ).toBeNull();

    const marked = await gql<{ markAttendance: { attended: boolean } }>(
      t.api.baseUrl,
      MARK,
      { signupId: target, attended: true },
      { as: EDITOR_MLL },
    );
    expect(marked.data?.markAttendance.attended).toBe(true);
    const counted = await gql<{ setEventAttendanceCount: { attendanceCount: number } }>(
      t.api.baseUrl,
      HEAD_COUNT,
      { eventId: event.id, count: 4 },
      { as: EDITOR_MLL },
    );
    expect(counted.data?.setEventAttendanceCount.attendanceCount).toBe(4);
    const bad = await gql(
      t.api.baseUrl,
      HEAD_COUNT,
      { eventId: event.id, count: -1 },
      { as: EDITOR_MLL },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'count' });
  }, 60_000);

  it('erasure after the network’s retention: personal fields null, counts stay, audited without personal data', async () => {
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    const event = await createSignupEvent(t.prisma);
    const result = await signUp({
      eventId: event.id,
      name: 'Poistettava Henkilö',
      email: 'erase@example.fi',
    });
    const signupId = result.data!.signUpForEvent.id;
    await gql(t.api.baseUrl, MARK, { signupId, attended: true }, { as: EDITOR_MLL });
    // The event took place 40 days ago (retention 30 days by default); another one 10 days ago.
    await t.prisma.event.update({
      where: { id: event.id },
      data: { startsAt: longAgo, endsAt: hourAfter(longAgo), lastEndsAt: hourAfter(longAgo) },
    });
    const recent = await createSignupEvent(t.prisma);
    await signUp({ eventId: recent.id, name: 'Pysyvä', email: 'stays@example.fi' });
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
    await t.prisma.event.update({
      where: { id: recent.id },
      data: {
        startsAt: tenDaysAgo,
        endsAt: hourAfter(tenDaysAgo),
        lastEndsAt: hourAfter(tenDaysAgo),
      },
    });
    await outboxDrained(t.prisma);

    const erased = await t.api.app.get(SignupErasureService).eraseDue();
    expect(erased).toContain(event.id);
    expect(erased).not.toContain(recent.id);
    const row = await t.prisma.eventSignup.findUniqueOrThrow({ where: { id: signupId } });
    expect(row).toMatchObject({
      name: null,
      email: null,
      answer: null,
      cancelTokenHash: null,
      status: 'CONFIRMED',
      attended: true,
    });
    expect(row.erasedAt).not.toBeNull();
    expect(
      (await t.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).signupsErasedAt,
    ).not.toBeNull();
    expect(
      (await t.prisma.eventSignup.findFirstOrThrow({ where: { eventId: recent.id } })).email,
    ).toBe('stays@example.fi');
    const counts = await gql<{ event: { signupCounts: Record<string, number> } }>(
      t.api.baseUrl,
      EVENT_FIELDS,
      { id: event.id },
    );
    expect(counts.data?.event.signupCounts).toMatchObject({ confirmed: 1, attended: 1 });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: event.id, action: 'event.signupsErased' },
    });
    expect(audit.actorLabel).toBe('Linja');
    expect(JSON.stringify(audit)).not.toMatch(/Poistettava|erase@example/);
    // A second run finds nothing more to do.
    expect(await t.api.app.get(SignupErasureService).eraseDue()).not.toContain(event.id);
    // Counts for reporting stay after erasure.
    const figures = await eventCounts(t.prisma, {
      networkId: PERHELINJA_ID,
      organizationId: ORG_MLL_VS,
      from: new Date(longAgo.getTime() - 1000),
      to: new Date(longAgo.getTime() + 1000),
    });
    expect(figures).toEqual({ eventsHeld: 1, signedUp: 1, attended: 1 });
  }, 60_000);

  it('the reminder the day before goes once to each confirmed person, with the meeting link of an online event', async () => {
    const now = new Date();
    const tomorrow = localDateTime(new Date(now.getTime() + 86_400_000)).date;
    const startsAt = instantOf(tomorrow, '17:00');
    const event = await createSignupEvent(t.prisma, {
      startsAt,
      endsAt: hourAfter(startsAt),
      lastEndsAt: hourAfter(startsAt),
      isOnline: true,
      onlineUrl: 'https://meet.example/huomenna',
      capacity: 1,
    });
    await signUp({ eventId: event.id, name: 'Muistettava', email: 'remind@example.fi' });
    await signUp({ eventId: event.id, name: 'Jonottaja', email: 'queue@example.fi' });
    await outboxDrained(t.prisma);
    const reminders = t.api.app.get(SignupReminderService);
    expect(await reminders.sendDue(now)).toBe(1);
    expect(await reminders.sendDue(now)).toBe(0);
    const mails = await t.mail.waitFor('remind@example.fi', 3);
    expect(mails[2]?.subject).toBe('Muistutus huomisesta: Eroinfo-ilta');
    expect(mails[2]?.text).toContain('https://meet.example/huomenna');
    expect(mails[2]?.text).toContain('klo 17.00');
    await outboxDrained(t.prisma);
    // The person on the waiting list: the request to confirm and the waiting-list mail, no reminder.
    expect(t.mail.mails.filter((m) => m.to.includes('queue@example.fi'))).toHaveLength(2);
  }, 60_000);
});
