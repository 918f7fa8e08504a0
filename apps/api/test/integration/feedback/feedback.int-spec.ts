import {
  DEMO_FEEDBACK_SURVEY_LAHTI,
  FEDERATION_ID,
  ORG_LAHTI,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  PrismaClient,
} from '@linja/db';

import { FeedbackCountsService } from '../../../src/feedback/feedback-counts.service';
import { computeIndicator } from '../../../src/reporting/computed/computed-indicators';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { errorCode, gql } from '../identity/identity-kit';

const PERHELINJA_SERVICE = '5a1e0b6e-0c1f-4c3e-9d0a-400000000021'; // Turku's, in Perhelinja
const LAHTI_SERVICE = '5a1e0b6e-0c1f-4c3e-9d0a-400000000002'; // Lahti's, in the federation
const COORDINATOR_P = `coordinator:${PERHELINJA_ID}`;
const COORDINATOR_F = `coordinator:${FEDERATION_ID}`;
const VIEWER_P = `report-viewer:${PERHELINJA_ID}`;
const VIEWER_F = `report-viewer:${FEDERATION_ID}`;
const LAHTI_ADMIN = `org-admin:${ORG_LAHTI}`;
const LAHTI_EDITOR = `editor:${ORG_LAHTI}`;
const TURKU_ADMIN = `org-admin:${ORG_TURKU_ETK}`;

const QUESTIONS = [
  {
    kind: 'SCALE',
    text: { fi: 'Kuinka tyytyväinen olit?', sv: 'Hur nöjd?', en: 'How satisfied?' },
  },
  { kind: 'YES_NO', text: { fi: 'Suosittelisitko?', sv: 'Rekommendera?', en: 'Recommend?' } },
  { kind: 'TEXT', text: { fi: 'Terveisiä?', sv: 'Hälsningar?', en: 'Anything else?' } },
];

const CREATE = /* GraphQL */ `
  mutation ($input: CreateFeedbackSurveyInput!) {
    createFeedbackSurvey(input: $input) {
      id
      status
      organizationId
      questions {
        id
        kind
        position
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateFeedbackSurveyInput!) {
    updateFeedbackSurvey(input: $input) {
      id
      title {
        fi
      }
    }
  }
`;
const SET_STATUS = /* GraphQL */ `
  mutation ($id: ID!, $status: FeedbackSurveyStatus!) {
    setFeedbackSurveyStatus(input: { id: $id, status: $status }) {
      status
      openedAt
      closedAt
    }
  }
`;
const PUBLIC = /* GraphQL */ `
  query ($slug: String!, $id: ID!) {
    publicFeedbackSurvey(networkSlug: $slug, id: $id) {
      id
      title {
        fi
        sv
        en
      }
      questions {
        id
        kind
      }
    }
  }
`;
const SUBMIT = /* GraphQL */ `
  mutation ($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      received
    }
  }
`;
const RESULTS = /* GraphQL */ `
  query ($id: ID!) {
    feedbackResults(surveyId: $id) {
      responseCount
      averageScore
      questions {
        question {
          kind
        }
        answerCount
        averageScore
        counts {
          value
          count
        }
      }
    }
  }
`;
const TEXTS = /* GraphQL */ `
  query ($id: ID!, $after: String) {
    feedbackTextAnswers(surveyId: $id, first: 2, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          text
          respondedOn
        }
      }
    }
  }
`;
const LIST = /* GraphQL */ `
  query ($slug: String!, $org: ID) {
    feedbackSurveys(networkSlug: $slug, organizationId: $org, first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`;

describe(`feedback surveys on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let address = 100;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    as?: string,
    from?: string,
  ) => gql<T>(api.baseUrl, query, variables, { ...(as ? { as } : {}), ...(from ? { from } : {}) });
  /** A fresh source address per anonymous test, so the per-address limit counts only that test. */
  const nextAddress = () => `127.0.1.${(address += 1)}`;
  const counts = async () => ({
    surveys: await prisma.feedbackSurvey.count(),
    responses: await prisma.feedbackResponse.count(),
    answers: await prisma.feedbackAnswer.count(),
  });

  async function createOpenSurvey(): Promise<{
    id: string;
    questions: { id: string; kind: string }[];
  }> {
    const created = await call<{
      createFeedbackSurvey: { id: string; questions: { id: string; kind: string }[] };
    }>(
      CREATE,
      {
        input: {
          networkSlug: 'perhelinja',
          serviceId: PERHELINJA_SERVICE,
          title: { fi: 'Palaute', sv: 'Respons', en: 'Feedback' },
          questions: QUESTIONS,
        },
      },
      COORDINATOR_P,
    );
    expect(created.errors).toBeUndefined();
    const survey = created.data!.createFeedbackSurvey;
    const opened = await call(SET_STATUS, { id: survey.id, status: 'OPEN' }, COORDINATOR_P);
    expect(opened.errors).toBeUndefined();
    return survey;
  }

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('refuses bad survey definitions with the field, and changes nothing', async () => {
    const before = await counts();
    const base = {
      networkSlug: 'perhelinja',
      serviceId: PERHELINJA_SERVICE,
      title: { fi: 'Palaute' },
      questions: QUESTIONS,
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, serviceId: null }, 'input.serviceId'],
      [{ ...base, eventId: '5a1e0b6e-0c1f-4c3e-9d0a-999999999999' }, 'input.serviceId'],
      [{ ...base, serviceId: LAHTI_SERVICE }, 'input.serviceId'], // another network's service
      [{ ...base, title: { sv: 'Respons' } }, 'input.title.fi'],
      [{ ...base, questions: [] }, 'input.questions'],
      [{ ...base, questions: Array(11).fill(QUESTIONS[0]) }, 'input.questions'],
      [
        { ...base, questions: [{ kind: 'SCALE', text: { fi: 'x'.repeat(201) } }] },
        'input.questions.0.text.fi',
      ],
    ];
    for (const [input, field] of cases) {
      const result = await call(CREATE, { input }, COORDINATOR_P);
      expect({
        field,
        code: errorCode(result),
        got: result.errors?.[0]?.extensions?.field,
      }).toEqual({ field, code: 'BAD_USER_INPUT', got: field });
    }
    // An organisation's survey: only on what it is responsible for, only by its admins.
    const turkuOnLahti = await call(
      CREATE,
      { input: { ...base, organizationId: ORG_TURKU_ETK, serviceId: PERHELINJA_SERVICE } },
      LAHTI_ADMIN,
    );
    expect(errorCode(turkuOnLahti)).toBe('FORBIDDEN');
    const editor = await call(
      CREATE,
      {
        input: {
          ...base,
          networkSlug: 'ensi-ja-turvakotien-liitto',
          organizationId: ORG_LAHTI,
          serviceId: LAHTI_SERVICE,
        },
      },
      LAHTI_EDITOR,
    );
    expect(errorCode(editor)).toBe('FORBIDDEN');
    const viewer = await call(CREATE, { input: base }, VIEWER_P);
    expect(errorCode(viewer)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('opens and closes only by the transition table; questions change only in DRAFT', async () => {
    const created = await call<{ createFeedbackSurvey: { id: string; status: string } }>(
      CREATE,
      {
        input: {
          networkSlug: 'perhelinja',
          serviceId: PERHELINJA_SERVICE,
          title: { fi: 'Luonnos' },
          questions: QUESTIONS.slice(0, 1),
        },
      },
      COORDINATOR_P,
    );
    const { id, status } = created.data!.createFeedbackSurvey;
    expect(status).toBe('DRAFT');
    // A draft is not public and takes no answers.
    expect(errorCode(await call(PUBLIC, { slug: 'perhelinja', id }))).toBe('NOT_FOUND');
    const closeDraft = await call(SET_STATUS, { id, status: 'CLOSED' }, COORDINATOR_P);
    expect(errorCode(closeDraft)).toBe('CONFLICT');
    expect(closeDraft.errors?.[0]?.extensions?.reason).toBe('INVALID_TRANSITION');
    const renamed = await call(
      UPDATE,
      { input: { id, title: { fi: 'Uusi nimi' } } },
      COORDINATOR_P,
    );
    expect(renamed.errors).toBeUndefined();
    // Another network's coordinator cannot touch it.
    expect(errorCode(await call(SET_STATUS, { id, status: 'OPEN' }, COORDINATOR_F))).toBe(
      'FORBIDDEN',
    );
    expect((await call(SET_STATUS, { id, status: 'OPEN' }, COORDINATOR_P)).errors).toBeUndefined();
    const late = await call(UPDATE, { input: { id, questions: QUESTIONS } }, COORDINATOR_P);
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors?.[0]?.extensions?.reason).toBe('SURVEY_NOT_DRAFT');
    expect(await prisma.feedbackQuestion.count({ where: { surveyId: id } })).toBe(1);
    const toDraft = await call(SET_STATUS, { id, status: 'DRAFT' }, COORDINATOR_P);
    expect(errorCode(toDraft)).toBe('CONFLICT');
    const closed = await call<{ setFeedbackSurveyStatus: { status: string; closedAt: string } }>(
      SET_STATUS,
      { id, status: 'CLOSED' },
      COORDINATOR_P,
    );
    expect(closed.data!.setFeedbackSurveyStatus.status).toBe('CLOSED');
    expect(errorCode(await call(PUBLIC, { slug: 'perhelinja', id }))).toBe('NOT_FOUND');
    const reopened = await call(SET_STATUS, { id, status: 'OPEN' }, COORDINATOR_P);
    expect(reopened.errors).toBeUndefined();
    // Through another network's slug it is not found.
    expect(errorCode(await call(PUBLIC, { slug: 'ensi-ja-turvakotien-liitto', id }))).toBe(
      'NOT_FOUND',
    );
  });

  it('takes anonymous answers, refuses bad ones, ignores a filled honeypot; results, text pages and access', async () => {
    const survey = await createOpenSurvey();
    const [scale, yesNo, text] = survey.questions;
    const from = nextAddress();
    const shown = await call<{ publicFeedbackSurvey: { questions: unknown[] } }>(PUBLIC, {
      slug: 'perhelinja',
      id: survey.id,
    });
    expect(shown.errors).toBeUndefined();
    expect(shown.data!.publicFeedbackSurvey.questions).toHaveLength(3);
    const answers = [
      [
        { questionId: scale!.id, score: 5 },
        { questionId: yesNo!.id, yes: true },
        { questionId: text!.id, text: 'Kiitos avusta' },
      ],
      [
        { questionId: scale!.id, score: 4 },
        { questionId: yesNo!.id, yes: false },
      ],
      [
        { questionId: scale!.id, score: 2 },
        { questionId: text!.id, text: 'Liian pitkä jono' },
      ],
      [
        { questionId: yesNo!.id, yes: true },
        { questionId: text!.id, text: 'Hyvä palvelu' },
        { questionId: scale!.id, score: 5 },
      ],
    ];
    for (const list of answers) {
      const result = await call(
        SUBMIT,
        { input: { surveyId: survey.id, answers: list } },
        undefined,
        from,
      );
      expect(result.errors).toBeUndefined();
    }
    const before = await counts();
    const bad: [unknown[], string][] = [
      [[{ questionId: scale!.id, score: 6 }], 'input.answers.0.score'],
      [[{ questionId: scale!.id, score: 0 }], 'input.answers.0.score'],
      [[{ questionId: scale!.id, yes: true }], 'input.answers.0.score'],
      [[{ questionId: yesNo!.id, score: 3 }], 'input.answers.0.yes'],
      [[{ questionId: text!.id, text: 'Soita minulle, hetu 131052-308T' }], 'input.answers.0.text'],
      [[{ questionId: text!.id, text: 'x'.repeat(501) }], 'input.answers.0.text'],
      [
        [
          { questionId: scale!.id, score: 3 },
          { questionId: scale!.id, score: 4 },
        ],
        'input.answers.1.questionId',
      ],
      [
        [{ questionId: '5a1e0b6e-0c1f-4c3e-9d0a-999999999999', score: 3 }],
        'input.answers.0.questionId',
      ],
      [[], 'input.answers'],
      [[{ questionId: text!.id, text: '   ' }], 'input.answers'],
    ];
    for (const [list, field] of bad) {
      const result = await call(
        SUBMIT,
        { input: { surveyId: survey.id, answers: list } },
        undefined,
        nextAddress(),
      );
      expect({
        field,
        code: errorCode(result),
        got: result.errors?.[0]?.extensions?.field,
      }).toEqual({ field, code: 'BAD_USER_INPUT', got: field });
    }
    // The honeypot: the same thanks, nothing stored.
    const robot = await call<{ submitFeedback: { received: boolean } }>(
      SUBMIT,
      {
        input: {
          surveyId: survey.id,
          nickname: 'bot',
          answers: [{ questionId: scale!.id, score: 1 }],
        },
      },
      undefined,
      nextAddress(),
    );
    expect(robot.data!.submitFeedback.received).toBe(true);
    expect(await counts()).toEqual(before);
    // Nothing about the respondent is stored: the response row holds the survey and the day only.
    const columns = await prisma.$queryRawUnsafe<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'feedback_response' ORDER BY 1`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['id', 'responded_on', 'survey_id']);

    type Results = {
      feedbackResults: {
        responseCount: number;
        averageScore: number;
        questions: {
          answerCount: number;
          averageScore: number | null;
          counts: { value: string; count: number }[];
        }[];
      };
    };
    const results = await call<Results>(RESULTS, { id: survey.id }, VIEWER_P);
    expect(results.errors).toBeUndefined();
    const r = results.data!.feedbackResults;
    expect(r.responseCount).toBe(4);
    expect(r.averageScore).toBe(4); // (5 + 4 + 2 + 5) / 4
    expect(r.questions[0]!.counts).toEqual([
      { value: '1', count: 0 },
      { value: '2', count: 1 },
      { value: '3', count: 0 },
      { value: '4', count: 1 },
      { value: '5', count: 2 },
    ]);
    expect(r.questions[1]!.counts).toEqual([
      { value: 'YES', count: 2 },
      { value: 'NO', count: 1 },
    ]);
    expect(r.questions[2]!).toMatchObject({ answerCount: 3, averageScore: null, counts: [] });

    // Free text, two per page, all three exactly once.
    type Texts = {
      feedbackTextAnswers: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { text: string } }[];
      };
    };
    const first = await call<Texts>(TEXTS, { id: survey.id }, COORDINATOR_P);
    expect(first.data!.feedbackTextAnswers.totalCount).toBe(3);
    expect(first.data!.feedbackTextAnswers.pageInfo.hasNextPage).toBe(true);
    const second = await call<Texts>(
      TEXTS,
      { id: survey.id, after: first.data!.feedbackTextAnswers.pageInfo.endCursor },
      COORDINATOR_P,
    );
    expect(second.data!.feedbackTextAnswers.pageInfo.hasNextPage).toBe(false);
    expect(
      [...first.data!.feedbackTextAnswers.edges, ...second.data!.feedbackTextAnswers.edges]
        .map((e) => e.node.text)
        .sort(),
    ).toEqual(['Hyvä palvelu', 'Kiitos avusta', 'Liian pitkä jono']);
    expect(
      errorCode(await call(TEXTS, { id: survey.id, after: 'bm90IGEgY3Vyc29y' }, COORDINATOR_P)),
    ).toBe('BAD_USER_INPUT');

    // Who reads: not anonymous, not another network's viewer or coordinator, not an organisation's admin
    // (a network survey), not the public.
    expect(errorCode(await call(RESULTS, { id: survey.id }))).toBe('UNAUTHENTICATED');
    for (const as of [VIEWER_F, COORDINATOR_F, TURKU_ADMIN, LAHTI_ADMIN]) {
      expect({ as, code: errorCode(await call(RESULTS, { id: survey.id }, as)) }).toEqual({
        as,
        code: 'FORBIDDEN',
      });
      expect({ as, code: errorCode(await call(TEXTS, { id: survey.id }, as)) }).toEqual({
        as,
        code: 'FORBIDDEN',
      });
    }
    // A viewer reads but never changes.
    expect(errorCode(await call(SET_STATUS, { id: survey.id, status: 'CLOSED' }, VIEWER_P))).toBe(
      'FORBIDDEN',
    );

    // Closed: no more answers.
    await call(SET_STATUS, { id: survey.id, status: 'CLOSED' }, COORDINATOR_P);
    const late = await call(
      SUBMIT,
      { input: { surveyId: survey.id, answers: [{ questionId: scale!.id, score: 3 }] } },
      undefined,
      nextAddress(),
    );
    expect(errorCode(late)).toBe('NOT_FOUND');
  });

  it('limits anonymous answers per address (RATE_LIMITED, nothing stored)', async () => {
    const survey = await createOpenSurvey();
    const from = nextAddress();
    const answer = {
      surveyId: survey.id,
      answers: [{ questionId: survey.questions[0]!.id, score: 4 }],
    };
    let accepted = 0;
    let limited: unknown;
    for (let attempt = 0; attempt < 25 && limited === undefined; attempt += 1) {
      const result = await call(SUBMIT, { input: answer }, undefined, from);
      if (result.errors) limited = errorCode(result);
      else accepted += 1;
    }
    expect(limited).toBe('RATE_LIMITED');
    expect(accepted).toBe(20);
    expect(await prisma.feedbackResponse.count({ where: { surveyId: survey.id } })).toBe(20);
    // Another address still answers.
    expect(
      (await call(SUBMIT, { input: answer }, undefined, nextAddress())).errors,
    ).toBeUndefined();
  });

  it("lets an organisation's admins define and read its own survey; others of the network only by role", async () => {
    const created = await call<{ createFeedbackSurvey: { id: string; organizationId: string } }>(
      CREATE,
      {
        input: {
          networkSlug: 'ensi-ja-turvakotien-liitto',
          organizationId: ORG_LAHTI,
          serviceId: LAHTI_SERVICE,
          title: { fi: 'Lahden palaute' },
          questions: QUESTIONS.slice(0, 2),
        },
      },
      LAHTI_ADMIN,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createFeedbackSurvey.id;
    expect((await call(SET_STATUS, { id, status: 'OPEN' }, LAHTI_ADMIN)).errors).toBeUndefined();
    for (const as of [LAHTI_ADMIN, COORDINATOR_F, VIEWER_F]) {
      expect({ as, errors: (await call(RESULTS, { id }, as)).errors }).toEqual({
        as,
        errors: undefined,
      });
    }
    for (const as of [LAHTI_EDITOR, TURKU_ADMIN, VIEWER_P, COORDINATOR_P]) {
      expect({ as, code: errorCode(await call(RESULTS, { id }, as)) }).toEqual({
        as,
        code: 'FORBIDDEN',
      });
    }
    // The organisation's list: its admins; the network's list: readers only.
    const own = await call<{ feedbackSurveys: { edges: { node: { id: string } }[] } }>(
      LIST,
      { slug: 'ensi-ja-turvakotien-liitto', org: ORG_LAHTI },
      LAHTI_ADMIN,
    );
    const ids = own.data!.feedbackSurveys.edges.map((e) => e.node.id);
    expect(ids).toContain(id);
    expect(ids).toContain(DEMO_FEEDBACK_SURVEY_LAHTI);
    expect(errorCode(await call(LIST, { slug: 'ensi-ja-turvakotien-liitto' }, LAHTI_ADMIN))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(
        await call(LIST, { slug: 'ensi-ja-turvakotien-liitto', org: ORG_LAHTI }, TURKU_ADMIN),
      ),
    ).toBe('FORBIDDEN');
  });

  it('counts responses and mean scores as independent SQL does, for the network and one organisation', async () => {
    const service = api.app.get(FeedbackCountsService);
    const year = new Date().getUTCFullYear();
    const periods = [
      [new Date(`${year - 1}-01-01`), new Date(`${year + 1}-01-01`)],
      [new Date(`${year}-07-01`), new Date(`${year + 1}-01-01`)],
    ] as const;
    const scopes = [
      { networkId: FEDERATION_ID },
      { networkId: FEDERATION_ID, organizationId: ORG_LAHTI },
      { networkId: PERHELINJA_ID },
      { networkId: PERHELINJA_ID, organizationId: ORG_TURKU_ETK },
    ];
    let nonZero = 0;
    for (const [start, end] of periods) {
      for (const scope of scopes) {
        const full = { ...scope, start, end };
        const [direct] = await prisma.$queryRawUnsafe<{ n: number; avg: number | null }[]>(
          `SELECT count(DISTINCT r.id)::int AS n,
                  (SELECT round(avg(a.score), 2)::float8 FROM feedback_answer a
                   WHERE a.score IS NOT NULL AND a.response_id IN (
                     SELECT r2.id FROM feedback_response r2, feedback_survey f2
                     WHERE f2.id = r2.survey_id AND f2.network_id = $1::uuid
                       AND r2.responded_on >= $2::date AND r2.responded_on < $3::date
                       AND ($4::uuid IS NULL OR f2.organization_id = $4::uuid
                            OR EXISTS (SELECT 1 FROM service s WHERE s.id = f2.service_id AND s.responsible_organization_id = $4::uuid)
                            OR EXISTS (SELECT 1 FROM event e WHERE e.id = f2.event_id AND e.organization_id = $4::uuid)))) AS avg
           FROM feedback_response r, feedback_survey f
           WHERE f.id = r.survey_id AND f.network_id = $1::uuid
             AND r.responded_on >= $2::date AND r.responded_on < $3::date
             AND ($4::uuid IS NULL OR f.organization_id = $4::uuid
                  OR EXISTS (SELECT 1 FROM service s WHERE s.id = f.service_id AND s.responsible_organization_id = $4::uuid)
                  OR EXISTS (SELECT 1 FROM event e WHERE e.id = f.event_id AND e.organization_id = $4::uuid))`,
          scope.networkId,
          start.toISOString().slice(0, 10),
          end.toISOString().slice(0, 10),
          scope.organizationId ?? null,
        );
        const got = await service.count(full);
        expect({ scope, start, got }).toEqual({
          scope,
          start,
          got: { responses: direct!.n, averageScore: direct!.avg },
        });
        expect(await computeIndicator(prisma, 'FEEDBACK_RESPONSES', full)).toBe(direct!.n);
        expect(await computeIndicator(prisma, 'FEEDBACK_AVERAGE_SCORE', full)).toBe(
          direct!.avg ?? 0,
        );
        if (direct!.n > 0) nonZero += 1;
      }
    }
    // The demo data has responses in both networks.
    expect(nonZero).toBeGreaterThanOrEqual(4);
  });
});
