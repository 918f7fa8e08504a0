import {
  DEMO_PASSWORD,
  FEDERATION_ID,
  ORG_KESKI_SUOMI,
  ORG_LAHTI,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  PrismaClient,
} from '@linja/db';

import { renderMail } from '../../../src/mail/templates/mail-templates';
import { InfoSeriesMailService } from '../../../src/info-series/info-series-mail.service';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const COORDINATOR = `coordinator:${FEDERATION_ID}`;
const OTHER_COORDINATOR = `coordinator:${PERHELINJA_ID}`;
const LAHTI_ADMIN = `org-admin:${ORG_LAHTI}`;
const LAHTI_EDITOR = `editor:${ORG_LAHTI}`;
const KESKI_SUOMI_ADMIN = `org-admin:${ORG_KESKI_SUOMI}`;
const PROFESSIONAL = `professional:${FEDERATION_ID}`;

const CREATE = /* GraphQL */ `
  mutation ($input: CreateInfoSeriesInput!) {
    createInfoSeries(input: $input) {
      id
      weekday
      startTime
      presentersPerSession
    }
  }
`;
const PLAN = /* GraphQL */ `
  mutation ($input: PlanInfoSeriesTermInput!) {
    planInfoSeriesTerm(input: $input) {
      id
      sessions(first: 50) {
        totalCount
        edges {
          node {
            id
            startsAt
            status
          }
        }
      }
    }
  }
`;
const INVITE = /* GraphQL */ `
  mutation ($input: InvitePresenterInput!) {
    invitePresenter(input: $input) {
      id
      status
      respondBy
    }
  }
`;
const RESPOND = /* GraphQL */ `
  mutation ($input: RespondToPresentationInput!) {
    respondToPresentation(input: $input) {
      id
      status
      declineReason
    }
  }
`;

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;

describe(`info session series on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let seriesId: string;
  let sessions: { id: string; startsAt: string }[];
  let sessionId: string;
  let lahtiPresentation: string;
  let keskiSuomiPresentation: string;

  beforeAll(async () => {
    api = await startTestApp({ WORKERS: 'off' });
    prisma = api.app.get(PrismaClient);
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('a coordinator creates a series and plans a term: 14:00 Helsinki time on both sides of the October change, idempotent', async () => {
    const created = await api.graphql<{ createInfoSeries: { id: string } }>(
      CREATE,
      {
        input: {
          networkId: FEDERATION_ID,
          title: { fi: 'Järjestöinfo – Päijät-Hämeen perhepalvelut' },
          wellbeingAreaCode: '09',
          weekday: 4,
          startTime: '14:00',
          facilitatorName: 'Riikka Testinen',
          backupName: 'Olli Varala',
          onlineUrl: 'https://teams.example/jarjestoinfo',
        },
      },
      COORDINATOR,
    );
    expect(created.errors).toBeUndefined();
    seriesId = created.data!.createInfoSeries.id;

    const input = { seriesId, from: '2027-10-01', to: '2027-11-30' };
    const planned = await api.graphql<{
      planInfoSeriesTerm: {
        sessions: { totalCount: number; edges: { node: { id: string; startsAt: string } }[] };
      };
    }>(PLAN, { input }, COORDINATOR);
    expect(planned.errors).toBeUndefined();
    sessions = planned.data!.planInfoSeriesTerm.sessions.edges.map((e) => e.node);
    // Thursdays 7.10.–25.11.2027; summer time ends on 31.10.
    expect(sessions.map((s) => s.startsAt)).toEqual([
      '2027-10-07T11:00:00.000Z',
      '2027-10-14T11:00:00.000Z',
      '2027-10-21T11:00:00.000Z',
      '2027-10-28T11:00:00.000Z',
      '2027-11-04T12:00:00.000Z',
      '2027-11-11T12:00:00.000Z',
      '2027-11-18T12:00:00.000Z',
      '2027-11-25T12:00:00.000Z',
    ]);
    const again = await api.graphql<{ planInfoSeriesTerm: { sessions: { totalCount: number } } }>(
      PLAN,
      { input: { ...input, to: '2027-12-09' } },
      COORDINATOR,
    );
    expect(again.data?.planInfoSeriesTerm.sessions.totalCount).toBe(10);
    const rows = await prisma.event.findMany({ where: { seriesId } });
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.kind === 'INFO_SESSION' && r.audience === 'PROFESSIONALS')).toBe(
      true,
    );
    sessionId = sessions[3]!.id;
  });

  it('a coordinator of another network cannot plan in this one (nothing changes)', async () => {
    const refused = await api.graphql(
      PLAN,
      { input: { seriesId, from: '2028-01-01', to: '2028-02-01' } },
      OTHER_COORDINATOR,
    );
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(refused.errors));
    expect(await prisma.event.count({ where: { seriesId } })).toBe(10);
    const asPresenter = await api.graphql(
      INVITE,
      { input: { eventId: sessionId, organizationId: ORG_TURKU_ETK } },
      OTHER_COORDINATOR,
    );
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(asPresenter.errors));
  });

  it('invites two organisations; a third over presentersPerSession is refused; the admins are mailed', async () => {
    const lahti = await api.graphql<{ invitePresenter: { id: string; status: string } }>(
      INVITE,
      { input: { eventId: sessionId, organizationId: ORG_LAHTI } },
      COORDINATOR,
    );
    expect(lahti.errors).toBeUndefined();
    expect(lahti.data?.invitePresenter.status).toBe('INVITED');
    lahtiPresentation = lahti.data!.invitePresenter.id;
    const keski = await api.graphql<{ invitePresenter: { id: string } }>(
      INVITE,
      { input: { eventId: sessionId, organizationId: ORG_KESKI_SUOMI } },
      COORDINATOR,
    );
    keskiSuomiPresentation = keski.data!.invitePresenter.id;

    const third = await api.graphql(
      INVITE,
      { input: { eventId: sessionId, organizationId: ORG_TURKU_ETK } },
      COORDINATOR,
    );
    expect(codeOf(third.errors)).toBe('BAD_USER_INPUT');
    expect(third.errors?.[0]?.extensions?.field).toBe('input.organizationId');
    expect(await prisma.infoPresentation.count({ where: { eventId: sessionId } })).toBe(2);

    const mails = await prisma.outboxMail.findMany({
      where: { template: 'presentation-invitation' },
    });
    expect(mails.map((m) => m.toAddress)).toContain('yllapitaja@lahti.example');
  });

  it('only the invited organisation’s admin answers: another organisation’s admin and an editor change nothing', async () => {
    const before = await prisma.infoPresentation.findUniqueOrThrow({
      where: { id: lahtiPresentation },
    });
    const other = await api.graphql(
      RESPOND,
      { input: { presentationId: lahtiPresentation, accept: true } },
      KESKI_SUOMI_ADMIN,
    );
    expect(codeOf(other.errors)).toBe('NOT_FOUND');
    const editor = await api.graphql(
      RESPOND,
      { input: { presentationId: lahtiPresentation, accept: true } },
      LAHTI_EDITOR,
    );
    expect(codeOf(editor.errors)).toBe('FORBIDDEN');
    expect(
      await prisma.infoPresentation.findUniqueOrThrow({ where: { id: lahtiPresentation } }),
    ).toEqual(before);

    const accepted = await api.graphql<{ respondToPresentation: { status: string } }>(
      RESPOND,
      { input: { presentationId: lahtiPresentation, accept: true } },
      LAHTI_ADMIN,
    );
    expect(accepted.data?.respondToPresentation.status).toBe('ACCEPTED');

    const noReason = await api.graphql(
      RESPOND,
      { input: { presentationId: keskiSuomiPresentation, accept: false } },
      KESKI_SUOMI_ADMIN,
    );
    expect(noReason.errors?.[0]?.extensions?.field).toBe('input.declineReason');
    const declined = await api.graphql<{
      respondToPresentation: { status: string; declineReason: string };
    }>(
      RESPOND,
      {
        input: {
          presentationId: keskiSuomiPresentation,
          accept: false,
          declineReason: 'Työntekijät lomalla.',
        },
      },
      KESKI_SUOMI_ADMIN,
    );
    expect(declined.data?.respondToPresentation).toEqual({
      id: keskiSuomiPresentation,
      status: 'DECLINED',
      declineReason: 'Työntekijät lomalla.',
    });
    // The declined slot is free again.
    const turku = await api.graphql(
      INVITE,
      { input: { eventId: sessionId, organizationId: ORG_TURKU_ETK } },
      COORDINATOR,
    );
    expect(turku.errors).toBeUndefined();

    const mine = await api.graphql<{
      myPresentationInvitations: {
        edges: { node: { status: string; session: { startsAt: string } } }[];
      };
    }>(
      '{ myPresentationInvitations(first: 10) { edges { node { status session { startsAt } } } } }',
      {},
      LAHTI_ADMIN,
    );
    // (The demo series' coming session, where Lahti presents too, is in the list as well.)
    expect(mine.data?.myPresentationInvitations.edges.map((e) => e.node)).toContainEqual({
      status: 'ACCEPTED',
      session: { startsAt: '2027-10-28T11:00:00.000Z' },
    });
  });

  it('a professional of the network subscribes and gets the announcement with the presenters and an .ics', async () => {
    const signIn = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { status } }',
        variables: { e: 'ammattilainen@hyvinvointialue.example', p: DEMO_PASSWORD },
      }),
    });
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toMatch(/^linja_session=/);
    const subscribe = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        query:
          'mutation($id: ID!) { subscribeToInfoSeries(seriesId: $id) { id isSubscribed onlineUrl } }',
        variables: { id: seriesId },
      }),
    });
    const body = (await subscribe.json()) as {
      data?: { subscribeToInfoSeries: { isSubscribed: boolean; onlineUrl: string } };
    };
    expect(body.data?.subscribeToInfoSeries).toMatchObject({
      isSubscribed: true,
      onlineUrl: 'https://teams.example/jarjestoinfo',
    });
    const anonymous = await api.graphql(
      'mutation($id: ID!) { subscribeToInfoSeries(seriesId: $id) { id } }',
      { id: seriesId },
    );
    expect(codeOf(anonymous.errors)).toBe('UNAUTHENTICATED');

    const mails = api.app.get(InfoSeriesMailService);
    const start = new Date('2027-10-28T11:00:00.000Z');
    const now = new Date(start.getTime() - 3 * 86_400_000);
    await mails.announcements(now);
    expect(await mails.announcements(now)).toBe(0); // deduplicated
    const announcement = await prisma.outboxMail.findFirstOrThrow({
      where: {
        template: 'info-session-announcement',
        toAddress: 'ammattilainen@hyvinvointialue.example',
        params: { path: ['startsAt'], equals: start.toISOString() },
      },
    });
    const params = announcement.params as { presenters: string[]; ics: string; onlineUrl: string };
    expect(params.presenters).toEqual(['Lahden ensi- ja turvakoti ry']);
    expect(params.onlineUrl).toBe('https://teams.example/jarjestoinfo');
    expect(params.ics).toContain('DTSTART;TZID=Europe/Helsinki:20271028T140000');
    // Rendered, the meeting link is the mail's one action: once in the text, once as the button.
    const rendered = renderMail(announcement.template, announcement.language, announcement.params);
    expect(rendered.text.split('https://teams.example/jarjestoinfo')).toHaveLength(2);
    expect(rendered.html.split('href="https://teams.example/jarjestoinfo"')).toHaveLength(2);
  });

  it('past sessions by organisation, the organisation’s presented sessions; recording only after the session', async () => {
    const past = await prisma.event.create({
      data: {
        networkId: FEDERATION_ID,
        seriesId,
        kind: 'INFO_SESSION',
        audience: 'PROFESSIONALS',
        status: 'PUBLISHED',
        title: { fi: 'Järjestöinfo' },
        startsAt: new Date('2026-03-12T12:00:00Z'),
        endsAt: new Date('2026-03-12T12:30:00Z'),
        lastEndsAt: new Date('2026-03-12T12:30:00Z'),
        presentations: { create: [{ organizationId: ORG_LAHTI, status: 'ACCEPTED' }] },
      },
    });
    const recorded = await api.graphql<{
      setSessionRecording: { recordingUrl: string; attendanceCount: number };
    }>(
      'mutation($input: SetSessionRecordingInput!) { setSessionRecording(input: $input) { recordingUrl attendanceCount } }',
      {
        input: {
          eventId: past.id,
          recordingUrl: 'https://video.example/jarjestoinfo-3',
          attendanceCount: 41,
        },
      },
      COORDINATOR,
    );
    expect(recorded.data?.setSessionRecording).toEqual({
      recordingUrl: 'https://video.example/jarjestoinfo-3',
      attendanceCount: 41,
    });
    const early = await api.graphql(
      'mutation($input: SetSessionRecordingInput!) { setSessionRecording(input: $input) { id } }',
      { input: { eventId: sessionId, recordingUrl: 'https://video.example/x' } },
      COORDINATOR,
    );
    expect(codeOf(early.errors)).toBe('BAD_USER_INPUT');

    const PAST = `query($org: ID) { pastInfoSessions(networkSlug: "ensi-ja-turvakotien-liitto", organizationId: $org, first: 10) {
      edges { node { id recordingUrl presentations { status organization { name } } } } } }`;
    const byLahti = await api.graphql<{
      pastInfoSessions: {
        edges: { node: { id: string; recordingUrl: string; presentations: unknown[] } }[];
      };
    }>(PAST, { org: ORG_LAHTI }, PROFESSIONAL);
    const lahtiNodes = byLahti.data?.pastInfoSessions.edges.map((e) => e.node) ?? [];
    expect(lahtiNodes).toContainEqual({
      id: past.id,
      recordingUrl: 'https://video.example/jarjestoinfo-3',
      presentations: [
        { status: 'ACCEPTED', organization: { name: 'Lahden ensi- ja turvakoti ry' } },
      ],
    });
    // Every session found is one where Lahti presented (the demo series has some too).
    for (const node of lahtiNodes) {
      expect(node.presentations).toContainEqual({
        status: 'ACCEPTED',
        organization: { name: 'Lahden ensi- ja turvakoti ry' },
      });
    }
    const byOther = await api.graphql<{ pastInfoSessions: { edges: { node: { id: string } }[] } }>(
      PAST,
      { org: ORG_KESKI_SUOMI },
      PROFESSIONAL,
    );
    expect(byOther.errors).toBeUndefined();
    expect(byOther.data?.pastInfoSessions.edges.map((e) => e.node.id)).not.toContain(past.id);

    // By theme: a term the session is tagged with.
    const term = await prisma.taxonomyTerm.findFirstOrThrow({
      where: { networkId: FEDERATION_ID },
    });
    await prisma.eventTerm.create({ data: { eventId: past.id, termId: term.id } });
    const byTerm = await api.graphql<{ pastInfoSessions: { edges: { node: { id: string } }[] } }>(
      'query($term: ID) { pastInfoSessions(networkSlug: "ensi-ja-turvakotien-liitto", termId: $term, first: 50) { edges { node { id } } } }',
      { term: term.id },
      PROFESSIONAL,
    );
    expect(byTerm.data?.pastInfoSessions.edges.map((e) => e.node.id)).toContain(past.id);

    const PRESENTED = `query($id: ID!) { organization(id: $id) { presentedSessions(first: 5) { totalCount } } }`;
    const asProfessional = await api.graphql<{
      organization: { presentedSessions: { totalCount: number } };
    }>(PRESENTED, { id: ORG_LAHTI }, PROFESSIONAL);
    expect(asProfessional.data?.organization.presentedSessions.totalCount).toBe(
      await prisma.event.count({
        where: {
          kind: 'INFO_SESSION',
          endsAt: { lte: new Date() },
          networkId: FEDERATION_ID,
          presentations: { some: { organizationId: ORG_LAHTI, status: 'ACCEPTED' } },
        },
      }),
    );
    const asPublic = await api.graphql<{
      organization: { presentedSessions: { totalCount: number } };
    }>(PRESENTED, { id: ORG_LAHTI });
    expect(asPublic.data?.organization.presentedSessions.totalCount).toBe(0);
  });

  it('slides: PDF/PPTX/ODP up to 10 MB by content, downloads only for readers', async () => {
    const upload = (bytes: Buffer, name: string, as?: string, csrf = true) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
      return fetch(`${api.baseUrl}/files/info-session-slides?eventId=${sessionId}`, {
        method: 'POST',
        headers: {
          ...(as ? { 'x-linja-dev-actor': as } : {}),
          ...(csrf ? { 'x-linja-upload': '1' } : {}),
        },
        body: form,
      });
    };
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20)]);
    const ok = await upload(pdf, 'Lahti esitys.pdf', COORDINATOR);
    expect(ok.status).toBe(201);
    const slides = (await ok.json()) as { id: string; contentType: string; downloadUrl: string };
    expect(slides.contentType).toBe('application/pdf');

    const html = await upload(
      Buffer.from('<html><script>alert(1)</script></html>'),
      'x.pdf',
      COORDINATOR,
    );
    expect(html.status).toBe(400);
    const tooLarge = await upload(
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024, 0x20)]),
      'big.pdf',
      COORDINATOR,
    );
    expect([400, 413]).toContain(tooLarge.status);
    expect((await upload(pdf, 'a.pdf', undefined)).status).toBe(401);
    expect((await upload(pdf, 'a.pdf', COORDINATOR, false)).status).toBe(403);
    expect((await upload(pdf, 'a.pdf', LAHTI_ADMIN)).status).toBe(403);
    expect(await prisma.eventAttachment.count({ where: { eventId: sessionId } })).toBe(1);

    const anonymous = await fetch(`${api.baseUrl}${slides.downloadUrl}`);
    expect(anonymous.status).toBe(404);
    const reader = await fetch(`${api.baseUrl}${slides.downloadUrl}`, {
      headers: { 'x-linja-dev-actor': PROFESSIONAL },
    });
    expect(reader.status).toBe(200);
    expect(reader.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Lahti esitys.pdf"/,
    );
    expect(reader.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await reader.arrayBuffer()).equals(pdf)).toBe(true);
  });
});
