import { PERHELINJA_ID, PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { DEMO, errorCode, gql, signIn } from '../identity/identity-kit';

// Perhelinja's demo data without a demo survey: Turku's peer group and MLL's webinar.
const SERVICE = '5a1e0b6e-0c1f-4c3e-9d0a-400000000022';
const EVENT = '5a1e0b6e-0c1f-4c3e-9d0a-700000000006';
const PROFESSIONAL_EMAIL = 'ammattilainen@hyvinvointialue.example';
const COORDINATOR_P = `coordinator:${PERHELINJA_ID}`;

const CREATE = /* GraphQL */ `
  mutation ($input: CreateFeedbackSurveyInput!) {
    createFeedbackSurvey(input: $input) {
      id
      audience
      questions {
        id
      }
    }
  }
`;
const OPEN = /* GraphQL */ `
  mutation ($id: ID!) {
    setFeedbackSurveyStatus(input: { id: $id, status: OPEN }) {
      status
    }
  }
`;
const REFERRER_SURVEY = /* GraphQL */ `
  query ($id: ID!) {
    referrerFeedbackSurvey(networkSlug: "perhelinja", id: $id) {
      id
      answered
    }
  }
`;
const PUBLIC_SURVEY = /* GraphQL */ `
  query ($id: ID!) {
    publicFeedbackSurvey(networkSlug: "perhelinja", id: $id) {
      id
      answered
    }
  }
`;
const SUBMIT_REFERRER = /* GraphQL */ `
  mutation ($input: SubmitFeedbackInput!) {
    submitReferrerFeedback(input: $input) {
      received
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
const LINKS = /* GraphQL */ `
  query ($id: ID!) {
    service(id: $id) {
      openFeedbackSurvey {
        id
      }
      openReferrerFeedbackSurvey {
        id
      }
    }
  }
`;
const RESULTS = /* GraphQL */ `
  query ($id: ID!) {
    feedbackResults(surveyId: $id) {
      responseCount
      averageScore
    }
  }
`;

interface Created {
  createFeedbackSurvey: { id: string; audience: string; questions: { id: string }[] };
}
interface Links {
  service: {
    openFeedbackSurvey: { id: string } | null;
    openReferrerFeedbackSurvey: { id: string } | null;
  };
}

describe(`referrer feedback (signed-in professionals) on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let professional: string;
  let coordinator: string;
  let otherCoordinator: string;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who: { as?: string; cookie?: string } = {},
  ) => gql<T>(api.baseUrl, query, variables, who);

  async function openSurvey(
    audience: 'CLIENT' | 'REFERRER',
  ): Promise<{ id: string; questionId: string }> {
    const created = await call<Created>(
      CREATE,
      {
        input: {
          networkSlug: 'perhelinja',
          serviceId: SERVICE,
          audience,
          title: { fi: 'Lähettäjän palaute', sv: 'Respons', en: 'Referrer feedback' },
          questions: [{ kind: 'SCALE', text: { fi: 'Miten lähettäminen sujui?' } }],
        },
      },
      { as: COORDINATOR_P },
    );
    expect(created.errors).toBeUndefined();
    const survey = created.data!.createFeedbackSurvey;
    expect(survey.audience).toBe(audience);
    expect((await call(OPEN, { id: survey.id }, { as: COORDINATOR_P })).errors).toBeUndefined();
    return { id: survey.id, questionId: survey.questions[0]!.id };
  }

  const answer = (survey: { id: string; questionId: string }, score = 4) => ({
    input: { surveyId: survey.id, answers: [{ questionId: survey.questionId, score }] },
  });

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    professional = await signIn(api.baseUrl, PROFESSIONAL_EMAIL);
    coordinator = await signIn(api.baseUrl, DEMO.perhelinjaCoordinator);
    otherCoordinator = await signIn(api.baseUrl, DEMO.federationCoordinator);
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('a professional answers a referrer survey once; anonymous and other roles are refused', async () => {
    const survey = await openSurvey('REFERRER');
    const responses = () => prisma.feedbackResponse.count({ where: { surveyId: survey.id } });

    // Never public: not on the public survey page, not answerable anonymously.
    expect(errorCode(await call(PUBLIC_SURVEY, { id: survey.id }))).toBe('NOT_FOUND');
    expect(errorCode(await call(SUBMIT, answer(survey)))).toBe('NOT_FOUND');
    expect(errorCode(await call(REFERRER_SURVEY, { id: survey.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await call(SUBMIT_REFERRER, answer(survey)))).toBe('UNAUTHENTICATED');
    // Signed in, but not a professional: the network's coordinator.
    expect(errorCode(await call(SUBMIT_REFERRER, answer(survey), { cookie: coordinator }))).toBe(
      'FORBIDDEN',
    );
    expect(await responses()).toBe(0);

    const before = await call<{ referrerFeedbackSurvey: { answered: boolean } }>(
      REFERRER_SURVEY,
      { id: survey.id },
      { cookie: professional },
    );
    expect(before.data?.referrerFeedbackSurvey.answered).toBe(false);
    const first = await call(SUBMIT_REFERRER, answer(survey, 5), { cookie: professional });
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ submitReferrerFeedback: { received: true } });

    const second = await call(SUBMIT_REFERRER, answer(survey, 1), { cookie: professional });
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors?.[0]?.extensions?.reason).toBe('ALREADY_ANSWERED');
    expect(await responses()).toBe(1);
    const after = await call<{ referrerFeedbackSurvey: { answered: boolean } }>(
      REFERRER_SURVEY,
      { id: survey.id },
      { cookie: professional },
    );
    expect(after.data?.referrerFeedbackSurvey.answered).toBe(true);

    // Only that the account answered is kept, apart from the (unlinked) answers.
    const respondents = await prisma.feedbackRespondent.findMany({
      where: { surveyId: survey.id },
    });
    expect(respondents).toEqual([
      { surveyId: survey.id, userId: '5a1e0b6e-0c1f-4c3e-9d0a-400000000007' },
    ]);

    // Results as for a client survey; another network's coordinator cannot read them.
    const results = await call(RESULTS, { id: survey.id }, { cookie: coordinator });
    expect(results.data).toEqual({ feedbackResults: { responseCount: 1, averageScore: 5 } });
    expect(errorCode(await call(RESULTS, { id: survey.id }, { cookie: otherCoordinator }))).toBe(
      'FORBIDDEN',
    );
  });

  it('links the referrer survey only for a professional, and keeps the client survey anonymous', async () => {
    const referrer = await openSurvey('REFERRER');
    const client = await openSurvey('CLIENT');
    const links = async (who: { cookie?: string } = {}) =>
      (await call<Links>(LINKS, { id: SERVICE }, who)).data?.service;

    expect(await links()).toEqual({
      openFeedbackSurvey: { id: client.id },
      openReferrerFeedbackSurvey: null,
    });
    expect((await links({ cookie: coordinator }))?.openReferrerFeedbackSurvey).toBeNull();
    expect(await links({ cookie: professional })).toEqual({
      openFeedbackSurvey: { id: client.id },
      openReferrerFeedbackSurvey: { id: referrer.id },
    });

    // The client survey: anonymous as before, and not through the referrer mutation.
    expect((await call(SUBMIT, answer(client))).errors).toBeUndefined();
    expect(errorCode(await call(SUBMIT_REFERRER, answer(client), { cookie: professional }))).toBe(
      'NOT_FOUND',
    );
    expect(await prisma.feedbackRespondent.count({ where: { surveyId: client.id } })).toBe(0);
  });

  it('refuses a referrer survey on an event', async () => {
    const result = await call(
      CREATE,
      {
        input: {
          networkSlug: 'perhelinja',
          eventId: EVENT,
          audience: 'REFERRER',
          title: { fi: 'Ei käy' },
          questions: [{ kind: 'SCALE', text: { fi: 'Arvosana' } }],
        },
      },
      { as: COORDINATOR_P },
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('input.audience');
  });
});
