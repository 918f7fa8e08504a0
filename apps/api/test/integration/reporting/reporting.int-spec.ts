import { FEDERATION_ID, ORG_LAHTI, ORG_TURKU_ETK, PERHELINJA_ID, PrismaClient } from '@linja/db';

import { RoundRemindersService } from '../../../src/reporting/rounds/round-reminders.service';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { errorCode, gql } from '../identity/identity-kit';

const FEDERATION = 'ensi-ja-turvakotien-liitto';
const TURVAKOTI = '5a1e0b6e-0c1f-4c3e-9d0a-400000000005';
const COORDINATOR = `coordinator:${FEDERATION_ID}`;
const LAHTI_ADMIN = `org-admin:${ORG_LAHTI}`;
const LAHTI_EDITOR = `editor:${ORG_LAHTI}`;
const TURKU_ADMIN = `org-admin:${ORG_TURKU_ETK}`;
const VIEWER = `report-viewer:${FEDERATION_ID}`;
const OTHER_VIEWER = `report-viewer:${PERHELINJA_ID}`;
const YEAR = new Date().getUTCFullYear();

const KINDS = [
  'SERVICES_PUBLISHED',
  'MUNICIPALITIES_REACHED',
  'WELLBEING_AREAS_REACHED',
  'DELIVERIES_OPENED',
  'SERVICES_VERIFIED_ON_TIME',
  'EVENTS_HELD',
  'EVENT_PARTICIPANTS',
  'INFO_SESSION_PRESENTATIONS',
  'REFERRALS',
  'SUPPORT_CONTACTS',
  'FEEDBACK_RESPONSES',
  'FEEDBACK_AVERAGE_SCORE',
] as const;

const CREATE_INDICATOR = /* GraphQL */ `
  mutation ($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      id
      source
      computedKind
    }
  }
`;
const RESULTS = /* GraphQL */ `
  query ($slug: String!, $org: ID, $period: ReportingPeriodInput!) {
    indicatorResults(networkSlug: $slug, organizationId: $org, period: $period, first: 100) {
      totalCount
      edges {
        node {
          indicator {
            id
            computedKind
          }
          value
          target
        }
      }
    }
  }
`;
const OPEN_ROUND = /* GraphQL */ `
  mutation ($input: OpenReportingRoundInput!) {
    openReportingRound(input: $input) {
      id
      status
      periodStart
      periodEnd
    }
  }
`;
const REPORTS = /* GraphQL */ `
  query ($round: ID, $org: ID) {
    organizationReports(roundId: $round, organizationId: $org, first: 50) {
      totalCount
      edges {
        node {
          id
          organizationId
          status
          indicatorIds
          correctionReason
          networkSlug
          round {
            id
            status
            periodStart
          }
        }
      }
    }
  }
`;
const SAVE = /* GraphQL */ `
  mutation ($input: SaveReportedFiguresInput!) {
    saveReportedFigures(input: $input) {
      id
      status
    }
  }
`;
const FIGURES = /* GraphQL */ `
  query ($id: ID!) {
    reportedFigures(reportId: $id, first: 50) {
      totalCount
      edges {
        node {
          value
          note
        }
      }
    }
  }
`;
const SUBMIT = /* GraphQL */ `
  mutation ($id: ID!) {
    submitOrganizationReport(reportId: $id) {
      status
    }
  }
`;
const CORRECTION = /* GraphQL */ `
  mutation ($id: ID!) {
    requestReportCorrection(reportId: $id, reason: "Tarkista kävijämäärä") {
      status
      correctionReason
    }
  }
`;
const LOCK = /* GraphQL */ `
  mutation ($id: ID!) {
    lockReportingRound(roundId: $id) {
      status
    }
  }
`;
const CORRECT_LOCKED = /* GraphQL */ `
  mutation ($input: CorrectLockedFigureInput!) {
    correctLockedFigure(input: $input) {
      value
    }
  }
`;
const TARGET = /* GraphQL */ `
  mutation ($input: SetIndicatorTargetInput!) {
    setIndicatorTarget(input: $input) {
      value
      periodStart
    }
  }
`;

/** The same figures counted directly, written independently of the service's statements. */
const DIRECT: Record<(typeof KINDS)[number], string> = {
  SERVICES_PUBLISHED: `
    SELECT count(*)::int AS n FROM service WHERE network_id = $1::uuid AND status = 'PUBLISHED'
      AND $2::date IS NOT NULL AND created_at < ($3::date)::timestamp AT TIME ZONE 'Europe/Helsinki'`,
  MUNICIPALITIES_REACHED: `
    WITH d AS (SELECT d.id FROM service_delivery d JOIN service s ON s.id = d.service_id
               WHERE s.network_id = $1::uuid AND s.status = 'PUBLISHED' AND d.status = 'ACTIVE'
                 AND (d.starts_on IS NULL OR d.starts_on < $3::date)
                 AND (d.ends_on IS NULL OR d.ends_on >= $2::date))
    SELECT count(*)::int AS n FROM municipality m WHERE EXISTS (
      SELECT 1 FROM delivery_area a WHERE a.delivery_id IN (SELECT id FROM d)
        AND (a.municipality_code = m.code OR a.wellbeing_area_code = m.wellbeing_area_code
             OR a.region_code = m.region_code))`,
  WELLBEING_AREAS_REACHED: `
    WITH d AS (SELECT d.id FROM service_delivery d JOIN service s ON s.id = d.service_id
               WHERE s.network_id = $1::uuid AND s.status = 'PUBLISHED' AND d.status = 'ACTIVE'
                 AND (d.starts_on IS NULL OR d.starts_on < $3::date)
                 AND (d.ends_on IS NULL OR d.ends_on >= $2::date))
    SELECT count(*)::int AS n FROM wellbeing_area w WHERE EXISTS (
      SELECT 1 FROM delivery_area a LEFT JOIN municipality m ON m.code = a.municipality_code
      WHERE a.delivery_id IN (SELECT id FROM d)
        AND (a.wellbeing_area_code = w.code OR m.wellbeing_area_code = w.code
             OR a.region_code = w.region_code))`,
  DELIVERIES_OPENED: `
    SELECT count(*)::int AS n FROM service_delivery d JOIN service s ON s.id = d.service_id
    WHERE s.network_id = $1::uuid AND d.status IN ('ACTIVE', 'ENDED')
      AND COALESCE(d.starts_on, (d.created_at AT TIME ZONE 'Europe/Helsinki')::date) BETWEEN $2::date AND $3::date - 1`,
  SERVICES_VERIFIED_ON_TIME: `
    SELECT count(*)::int AS n FROM service s, network n
    WHERE n.id = s.network_id AND s.network_id = $1::uuid AND s.status = 'PUBLISHED' AND $2::date IS NOT NULL
      AND s.verified_at < ($3::date)::timestamp AT TIME ZONE 'Europe/Helsinki'
      AND s.verified_at >= $3::date - n.freshness_remind_months * interval '1 month'`,
  EVENTS_HELD: `
    SELECT count(*)::int AS n FROM event WHERE network_id = $1::uuid AND status = 'PUBLISHED'
      AND starts_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Helsinki'
      AND starts_at < ($3::date)::timestamp AT TIME ZONE 'Europe/Helsinki'`,
  EVENT_PARTICIPANTS: `
    SELECT COALESCE(sum(CASE WHEN (SELECT count(*) FROM event_signup g WHERE g.event_id = e.id AND g.attended) > 0
                         THEN (SELECT count(*) FROM event_signup g WHERE g.event_id = e.id AND g.attended)
                         ELSE COALESCE(e.attendance_count, 0) END), 0)::int AS n
    FROM event e WHERE e.network_id = $1::uuid AND e.status = 'PUBLISHED'
      AND e.starts_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Helsinki'
      AND e.starts_at < ($3::date)::timestamp AT TIME ZONE 'Europe/Helsinki'`,
  INFO_SESSION_PRESENTATIONS: `
    SELECT count(*)::int AS n FROM info_presentation p, event e
    WHERE e.id = p.event_id AND e.network_id = $1::uuid AND e.status = 'PUBLISHED' AND p.status = 'ACCEPTED'
      AND e.starts_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Helsinki'
      AND e.starts_at < ($3::date)::timestamp AT TIME ZONE 'Europe/Helsinki'`,
  REFERRALS: `
    SELECT count(*)::int AS n FROM referral WHERE network_id = $1::uuid
      AND created_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Helsinki'
      AND created_at < ($3::date)::timestamp AT TIME ZONE 'Europe/Helsinki'`,
  SUPPORT_CONTACTS: `
    SELECT count(*)::int AS n FROM support_contact
    WHERE network_id = $1::uuid AND contacted_on BETWEEN $2::date AND $3::date - 1`,
  FEEDBACK_RESPONSES: `
    SELECT count(*)::int AS n FROM feedback_response r
    WHERE r.responded_on BETWEEN $2::date AND $3::date - 1
      AND r.survey_id IN (SELECT id FROM feedback_survey WHERE network_id = $1::uuid)`,
  FEEDBACK_AVERAGE_SCORE: `
    SELECT COALESCE(round(sum(a.score)::numeric / NULLIF(count(a.score), 0), 2), 0)::float8 AS n
    FROM feedback_answer a, feedback_response r, feedback_survey f
    WHERE a.response_id = r.id AND f.id = r.survey_id AND f.network_id = $1::uuid
      AND r.responded_on BETWEEN $2::date AND $3::date - 1`,
};

interface ResultNode {
  indicator: { id: string; computedKind: string | null };
  value: number | null;
  target: number | null;
}

describe(`showing results: indicators, computed figures, reporting rounds on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    as: string,
  ) => gql<T>(api.baseUrl, query, variables, { as });

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('computes every kind as a direct SQL count on the demo data, for both networks and each period kind', async () => {
    for (const [slug, networkId] of [
      [FEDERATION, FEDERATION_ID],
      ['perhelinja', PERHELINJA_ID],
    ] as const) {
      const coordinator = `coordinator:${networkId}`;
      for (const kind of KINDS) {
        const created = await call(
          CREATE_INDICATOR,
          {
            input: {
              networkSlug: slug,
              name: { fi: kind, sv: kind, en: kind },
              aggregation: 'COUNT',
              source: 'COMPUTED',
              computedKind: kind,
            },
          },
          coordinator,
        );
        expect(created.errors).toBeUndefined();
      }
      const periods = [
        { kind: 'YEAR', year: YEAR, from: `${YEAR}-01-01`, to: `${YEAR + 1}-01-01` },
        { kind: 'TERM', year: YEAR, index: 2, from: `${YEAR}-07-01`, to: `${YEAR + 1}-01-01` },
        { kind: 'YEAR', year: YEAR - 1, from: `${YEAR - 1}-01-01`, to: `${YEAR}-01-01` },
      ];
      let nonZero = 0;
      for (const { from, to, ...period } of periods) {
        const result = await call<{ indicatorResults: { edges: { node: ResultNode }[] } }>(
          RESULTS,
          { slug, period },
          coordinator,
        );
        expect(result.errors).toBeUndefined();
        const byKind = new Map(
          result.data!.indicatorResults.edges.map(({ node }) => [
            node.indicator.computedKind,
            node.value,
          ]),
        );
        for (const kind of KINDS) {
          const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(
            DIRECT[kind],
            networkId,
            from,
            to,
          );
          const expected = row!.n;
          expect({ slug, from, kind, value: byKind.get(kind) }).toEqual({
            slug,
            from,
            kind,
            value: expected,
          });
          if (expected > 0) nonZero += 1;
        }
      }
      // The comparison means something: the demo data gives non-zero figures.
      expect(nonZero).toBeGreaterThan(4);
    }
  }, 180_000);

  it('runs a round: report, isolation, submit, correction, lock, audited change after locking', async () => {
    const indicator = await call<{ createIndicator: { id: string } }>(
      CREATE_INDICATOR,
      {
        input: {
          networkSlug: FEDERATION,
          name: { fi: 'Tavoitetut henkilöt', sv: 'Nådda personer', en: 'People reached' },
          unit: { fi: 'henkilöä', sv: 'personer', en: 'people' },
          aggregation: 'SUM',
          source: 'REPORTED',
        },
      },
      COORDINATOR,
    );
    expect(indicator.errors).toBeUndefined();
    const indicatorId = indicator.data!.createIndicator.id;
    // Only the network's coordinators define network indicators; the reader changes nothing.
    for (const as of [LAHTI_ADMIN, VIEWER, TURKU_ADMIN]) {
      const refused = await call(
        CREATE_INDICATOR,
        {
          input: {
            networkSlug: FEDERATION,
            name: { fi: 'x' },
            aggregation: 'SUM',
            source: 'REPORTED',
          },
        },
        as,
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
    }
    const target = await call(
      TARGET,
      { input: { indicatorId, period: { kind: 'YEAR', year: YEAR }, value: 400 } },
      COORDINATOR,
    );
    expect(target.errors).toBeUndefined();

    const opened = await call<{ openReportingRound: { id: string; status: string } }>(
      OPEN_ROUND,
      {
        input: {
          networkSlug: FEDERATION,
          period: { kind: 'YEAR', year: YEAR },
          dueOn: `${YEAR}-12-31`,
          indicatorIds: [indicatorId],
        },
      },
      COORDINATOR,
    );
    expect(opened.errors).toBeUndefined();
    const roundId = opened.data!.openReportingRound.id;
    expect(
      errorCode(
        await call(
          OPEN_ROUND,
          {
            input: {
              networkSlug: FEDERATION,
              period: { kind: 'YEAR', year: YEAR },
              dueOn: `${YEAR}-12-31`,
              indicatorIds: [],
            },
          },
          VIEWER,
        ),
      ),
    ).toBe('FORBIDDEN');

    // The coordinator and the reader see every organisation's report; Lahti's admin only its own.
    const all = await call<{ organizationReports: { totalCount: number } }>(
      REPORTS,
      { round: roundId },
      VIEWER,
    );
    expect(all.data!.organizationReports.totalCount).toBeGreaterThan(1);
    expect(errorCode(await call(REPORTS, { round: roundId }, LAHTI_ADMIN))).toBe('FORBIDDEN');
    expect(errorCode(await call(REPORTS, { round: roundId }, OTHER_VIEWER))).toBe('FORBIDDEN');
    const own = await call<{
      organizationReports: {
        edges: { node: { id: string; indicatorIds: string[]; status: string } }[];
      };
    }>(REPORTS, { org: ORG_LAHTI }, LAHTI_ADMIN);
    // The demo seed has a locked round of last year too: this round's report is the one with the indicator.
    const report = own.data!.organizationReports.edges.find((edge) =>
      edge.node.indicatorIds.includes(indicatorId),
    )!.node;
    expect(report).toMatchObject({
      indicatorIds: [indicatorId],
      status: 'DRAFT',
      networkSlug: FEDERATION,
      round: { id: roundId, status: 'OPEN', periodStart: `${YEAR}-01-01` },
    });
    expect(errorCode(await call(REPORTS, { org: ORG_LAHTI }, TURKU_ADMIN))).toBe('FORBIDDEN');

    const figure = (value: number, note?: string) => ({
      input: { reportId: report.id, figures: [{ indicatorId, serviceId: TURVAKOTI, value, note }] },
    });
    // Another organisation's admin, an editor and the reader may not change the figures.
    for (const as of [TURKU_ADMIN, LAHTI_EDITOR, VIEWER, COORDINATOR]) {
      expect(errorCode(await call(SAVE, figure(99), as))).toBe('FORBIDDEN');
    }
    expect(await prisma.reportedFigure.count({ where: { reportId: report.id } })).toBe(0);
    // Bad input names its field and stores nothing.
    const bad = await call(SAVE, figure(-1), LAHTI_ADMIN);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('input.figures.0.value');
    expect(await prisma.reportedFigure.count({ where: { reportId: report.id } })).toBe(0);

    expect(
      (await call(SAVE, figure(120, 'Turvakodin asiakkaat'), LAHTI_ADMIN)).errors,
    ).toBeUndefined();
    expect(errorCode(await call(FIGURES, { id: report.id }, TURKU_ADMIN))).toBe('FORBIDDEN');
    expect(errorCode(await call(FIGURES, { id: report.id }, OTHER_VIEWER))).toBe('FORBIDDEN');
    const read = await call<{ reportedFigures: { edges: { node: { value: number } }[] } }>(
      FIGURES,
      { id: report.id },
      VIEWER,
    );
    expect(read.data!.reportedFigures.edges.map((edge) => edge.node.value)).toEqual([120]);

    const results = async () => {
      const result = await call<{ indicatorResults: { edges: { node: ResultNode }[] } }>(
        RESULTS,
        { slug: FEDERATION, period: { kind: 'YEAR', year: YEAR } },
        VIEWER,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.indicatorResults.edges.find(
        (edge) => edge.node.indicator.id === indicatorId,
      )!.node;
    };
    // A draft does not count yet.
    expect(await results()).toMatchObject({ value: null, target: 400 });
    expect((await call(SUBMIT, { id: report.id }, LAHTI_ADMIN)).errors).toBeUndefined();
    expect(await results()).toMatchObject({ value: 120, target: 400 });
    // A submitted report is not changed until the coordinator asks for a correction.
    expect(
      await call(SAVE, figure(130), LAHTI_ADMIN).then((r) => r.errors?.[0]?.extensions?.reason),
    ).toBe('INVALID_TRANSITION');
    expect(errorCode(await call(CORRECTION, { id: report.id }, LAHTI_ADMIN))).toBe('FORBIDDEN');
    const asked = await call<{ requestReportCorrection: { status: string } }>(
      CORRECTION,
      { id: report.id },
      COORDINATOR,
    );
    expect(asked.data!.requestReportCorrection.status).toBe('CORRECTION_REQUESTED');
    expect((await call(SAVE, figure(130), LAHTI_ADMIN)).errors).toBeUndefined();
    expect((await call(SUBMIT, { id: report.id }, LAHTI_ADMIN)).errors).toBeUndefined();
    expect(await results()).toMatchObject({ value: 130 });

    expect(errorCode(await call(LOCK, { id: roundId }, VIEWER))).toBe('FORBIDDEN');
    expect((await call(LOCK, { id: roundId }, COORDINATOR)).errors).toBeUndefined();
    const locked = await call(SAVE, figure(1), LAHTI_ADMIN);
    expect(errorCode(locked)).toBe('CONFLICT');
    expect(locked.errors?.[0]?.extensions?.reason).toBe('ROUND_LOCKED');
    expect(errorCode(await call(CORRECTION, { id: report.id }, COORDINATOR))).toBe('CONFLICT');

    const change = {
      input: {
        reportId: report.id,
        figure: { indicatorId, serviceId: TURVAKOTI, value: 131 },
        reason: 'Myöhästynyt käynti',
      },
    };
    expect(errorCode(await call(CORRECT_LOCKED, change, LAHTI_ADMIN))).toBe('FORBIDDEN');
    expect(errorCode(await call(CORRECT_LOCKED, change, VIEWER))).toBe('FORBIDDEN');
    const corrected = await call<{ correctLockedFigure: { value: number } }>(
      CORRECT_LOCKED,
      change,
      COORDINATOR,
    );
    expect(corrected.data!.correctLockedFigure.value).toBe(131);
    const audit = await prisma.auditEvent.findFirst({
      where: { action: 'reportedFigure.correctedAfterLock', entityId: report.id },
    });
    expect(audit).toMatchObject({ note: 'Myöhästynyt käynti', organizationId: ORG_LAHTI });
    expect(audit!.changes).toEqual([
      { field: `figure:${indicatorId}`, locale: null, before: '130', after: '131' },
    ]);
    expect(await results()).toMatchObject({ value: 131 });
    // Lahti's own results count only Lahti's figures; Turku's (it reported nothing) none of them.
    const orgResult = async (org: string, as: string) => {
      const result = await call<{ indicatorResults: { edges: { node: ResultNode }[] } }>(
        RESULTS,
        { slug: FEDERATION, org, period: { kind: 'YEAR', year: YEAR } },
        as,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.indicatorResults.edges.find(
        (edge) => edge.node.indicator.id === indicatorId,
      )!.node;
    };
    expect(await orgResult(ORG_LAHTI, LAHTI_ADMIN)).toMatchObject({ value: 131, target: 400 });
    expect(await orgResult(ORG_TURKU_ETK, TURKU_ADMIN)).toMatchObject({ value: null });
    // Turku's admin may not read Lahti's.
    expect(
      errorCode(
        await call(
          RESULTS,
          { slug: FEDERATION, org: ORG_LAHTI, period: { kind: 'YEAR', year: YEAR } },
          TURKU_ADMIN,
        ),
      ),
    ).toBe('FORBIDDEN');
  }, 180_000);

  it("refuses an organisation's admin the results of a network the organisation is not a member of", async () => {
    // Lahti is a member of the federation only: its admin reads its own results there, never Perhelinja's.
    const period = { kind: 'YEAR', year: YEAR };
    const own = await call(RESULTS, { slug: FEDERATION, org: ORG_LAHTI, period }, LAHTI_ADMIN);
    expect(own.errors).toBeUndefined();
    const foreign = await call(
      RESULTS,
      { slug: 'perhelinja', org: ORG_LAHTI, period },
      LAHTI_ADMIN,
    );
    expect(errorCode(foreign)).toBe('FORBIDDEN');
    expect(foreign.data).toBeFalsy();
  });

  it('reminds the admins of organisations that have not reported before the due date, and once after it', async () => {
    const indicator = await call<{ createIndicator: { id: string } }>(
      CREATE_INDICATOR,
      {
        input: {
          networkSlug: FEDERATION,
          name: { fi: 'Vertaisryhmien tapaamiset' },
          aggregation: 'COUNT',
          source: 'REPORTED',
        },
      },
      COORDINATOR,
    );
    const due = new Date(Date.UTC(YEAR + 1, 0, 20));
    const dueOn = due.toISOString().slice(0, 10);
    const opened = await call<{ openReportingRound: { id: string } }>(
      OPEN_ROUND,
      {
        input: {
          networkSlug: FEDERATION,
          period: { kind: 'TERM', year: YEAR, index: 2 },
          dueOn,
          indicatorIds: [indicator.data!.createIndicator.id],
        },
      },
      COORDINATOR,
    );
    const roundId = opened.data!.openReportingRound.id;
    const reminders = api.app.get(RoundRemindersService);
    const mails = (template: string) =>
      prisma.outboxMail.findMany({
        where: { template },
        select: { toAddress: true, dedupeKey: true },
      });
    // Ten days before: nothing yet. Three days before: one reminder per admin, once.
    expect(await reminders.run(new Date(due.getTime() - 10 * 86_400_000))).toBe(0);
    const sent = await reminders.run(new Date(due.getTime() - 3 * 86_400_000));
    expect(sent).toBeGreaterThan(0);
    const reminderMails = await mails('reporting-reminder');
    expect(reminderMails.map((mail) => mail.toAddress)).toContain('yllapitaja@lahti.example');
    expect(reminderMails.map((mail) => mail.toAddress)).not.toContain('toimittaja@lahti.example');
    expect(await reminders.run(new Date(due.getTime() - 2 * 86_400_000))).toBe(0);
    // After the due date: one notice, once.
    expect(await reminders.run(new Date(due.getTime() + 2 * 86_400_000))).toBeGreaterThan(0);
    const overdue = await mails('reporting-overdue');
    expect(overdue.map((mail) => mail.toAddress)).toContain('yllapitaja@lahti.example');
    expect(await reminders.run(new Date(due.getTime() + 3 * 86_400_000))).toBe(0);
    // A submitted report is not reminded of: only the reports still to be submitted are picked.
    const lahtiReport = await prisma.organizationReport.findFirstOrThrow({
      where: { roundId, organizationId: ORG_LAHTI },
    });
    expect((await call(SUBMIT, { id: lahtiReport.id }, LAHTI_ADMIN)).errors).toBeUndefined();
    await prisma.outboxMail.deleteMany({ where: { template: { startsWith: 'reporting-' } } });
    await reminders.run(new Date(due.getTime() + 4 * 86_400_000));
    const after = await mails('reporting-overdue');
    expect(after.map((mail) => mail.toAddress)).not.toContain('yllapitaja@lahti.example');
  }, 120_000);
});
