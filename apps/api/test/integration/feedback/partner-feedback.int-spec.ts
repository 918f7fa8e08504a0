import {
  FEDERATION_ID,
  ORG_HELSINKIMISSIO,
  ORG_LAHTI,
  ORG_MLL_VS,
  PERHELINJA_ID,
  PrismaClient,
} from '@linja/db';

import { FeedbackCountsService } from '../../../src/feedback/feedback-counts.service';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { DEMO, errorCode, gql, signIn } from '../identity/identity-kit';

// The federation's demo data: HelsinkiMissio is its ACTIVE PARTNER, Lahti's association a MEMBER
// (packages/db/src/seed/demo/organizations.ts); MLL's district is Perhelinja's member only.
const FEDERATION = `coordinator:${FEDERATION_ID}`;
const PERHELINJA = `coordinator:${PERHELINJA_ID}`;

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
const LIST = /* GraphQL */ `
  query ($first: Int, $after: String, $organizationId: ID) {
    partnerFeedbackSurveys(first: $first, after: $after, organizationId: $organizationId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          networkName
          organizationName
          answered
          title {
            fi
          }
          questions {
            id
            kind
          }
        }
      }
    }
  }
`;
const SURVEY = /* GraphQL */ `
  query ($id: ID!) {
    partnerFeedbackSurvey(id: $id) {
      id
      answered
    }
  }
`;
const SUBMIT_PARTNER = /* GraphQL */ `
  mutation ($input: SubmitFeedbackInput!) {
    submitPartnerFeedback(input: $input) {
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
const SUBMIT_REFERRER = /* GraphQL */ `
  mutation ($input: SubmitFeedbackInput!) {
    submitReferrerFeedback(input: $input) {
      received
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
interface Listed {
  partnerFeedbackSurveys: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        networkName: string;
        organizationName: string | null;
        answered: boolean;
        title: { fi: string };
        questions: { id: string; kind: string }[];
      };
    }[];
  };
}
interface Survey {
  id: string;
  questionId: string;
}

describe(`partner feedback (signed-in partner organisations' staff) on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let partner: string;
  let partnerUserId: string;
  let member: string;
  let otherNetwork: string;
  let coordinator: string;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who: { as?: string; cookie?: string } = {},
  ) => gql<T>(api.baseUrl, query, variables, who);

  /** An account holding one organisation role, signed in for real. */
  async function staffOf(organizationId: string, label: string, from: string) {
    const { passwordHash } = await prisma.user.findUniqueOrThrow({
      where: { email: DEMO.platformAdmin },
      select: { passwordHash: true },
    });
    const email = `${label}@kumppani.example`;
    const user = await prisma.user.create({
      data: {
        email,
        name: `Kumppani ${label}`,
        passwordHash,
        roles: { create: [{ role: 'ORG_EDITOR', organizationId }] },
      },
    });
    return { id: user.id, cookie: await signIn(api.baseUrl, email, undefined, from) };
  }

  async function openSurvey(
    audience: 'CLIENT' | 'REFERRER' | 'PARTNER',
    options: { networkSlug?: string; as?: string; organizationId?: string } = {},
  ): Promise<Survey> {
    const networkSlug = options.networkSlug ?? 'ensi-ja-turvakotien-liitto';
    const as = options.as ?? FEDERATION;
    const network = networkSlug === 'perhelinja' ? PERHELINJA_ID : FEDERATION_ID;
    const target = await prisma.service.findFirstOrThrow({
      where: {
        networkId: network,
        status: 'PUBLISHED',
        ...(options.organizationId ? { responsibleOrganizationId: options.organizationId } : {}),
      },
      select: { id: true },
    });
    const created = await call<Created>(
      CREATE,
      {
        input: {
          networkSlug,
          serviceId: target.id,
          audience,
          ...(options.organizationId ? { organizationId: options.organizationId } : {}),
          title: { fi: 'Kumppanikysely', sv: 'Partnerenkät', en: 'Partner survey' },
          questions: [
            { kind: 'SCALE', text: { fi: 'Miten yhteistyö sujui?' } },
            { kind: 'TEXT', text: { fi: 'Terveiset' } },
          ],
        },
      },
      { as },
    );
    expect(created.errors).toBeUndefined();
    const survey = created.data!.createFeedbackSurvey;
    expect(survey.audience).toBe(audience);
    expect((await call(OPEN, { id: survey.id }, { as })).errors).toBeUndefined();
    return { id: survey.id, questionId: survey.questions[0]!.id };
  }

  const answer = (survey: Survey, score = 4) => ({
    input: { surveyId: survey.id, answers: [{ questionId: survey.questionId, score }] },
  });
  const listed = async (cookie: string, variables: Record<string, unknown> = {}) => {
    const result = await call<Listed>(LIST, { first: 20, ...variables }, { cookie });
    expect(result.errors).toBeUndefined();
    return result.data!.partnerFeedbackSurveys;
  };
  const surveyState = (id: string) =>
    Promise.all([
      prisma.feedbackResponse.count({ where: { surveyId: id } }),
      prisma.feedbackRespondent.count({ where: { surveyId: id } }),
    ]);

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    const missio = await staffOf(ORG_HELSINKIMISSIO, 'missio', '127.0.0.41');
    partner = missio.cookie;
    partnerUserId = missio.id;
    member = await signIn(api.baseUrl, DEMO.lahtiEditor, undefined, '127.0.0.42');
    otherNetwork = (await staffOf(ORG_MLL_VS, 'mll', '127.0.0.43')).cookie;
    coordinator = await signIn(api.baseUrl, DEMO.federationCoordinator, undefined, '127.0.0.44');
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('a partner organisation’s staff see the survey and answer it once; the results count it', async () => {
    const survey = await openSurvey('PARTNER');
    const page = await listed(partner);
    const node = page.edges.find((edge) => edge.node.id === survey.id)?.node;
    expect(node).toEqual({
      id: survey.id,
      networkName: 'Ensi- ja turvakotien liitto',
      organizationName: null,
      answered: false,
      title: { fi: 'Kumppanikysely' },
      questions: [
        { id: survey.questionId, kind: 'SCALE' },
        { id: expect.any(String) as string, kind: 'TEXT' },
      ],
    });
    const counts = api.app.get(FeedbackCountsService);
    const scope = {
      networkId: FEDERATION_ID,
      start: new Date('2000-01-01'),
      end: new Date('2100-01-01'),
    };
    const countsBefore = await counts.count(scope);

    const first = await call(SUBMIT_PARTNER, answer(survey, 5), { cookie: partner });
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ submitPartnerFeedback: { received: true } });

    const second = await call(SUBMIT_PARTNER, answer(survey, 1), { cookie: partner });
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors?.[0]?.extensions?.reason).toBe('ALREADY_ANSWERED');
    expect(await surveyState(survey.id)).toEqual([1, 1]);
    expect(
      (
        await call<{ partnerFeedbackSurvey: { answered: boolean } }>(
          SURVEY,
          { id: survey.id },
          { cookie: partner },
        )
      ).data,
    ).toEqual({ partnerFeedbackSurvey: { id: survey.id, answered: true } });
    expect(
      (await listed(partner)).edges.find((edge) => edge.node.id === survey.id)?.node.answered,
    ).toBe(true);

    // Only that the account answered is kept; the response holds no link to it.
    expect(await prisma.feedbackRespondent.findMany({ where: { surveyId: survey.id } })).toEqual([
      { surveyId: survey.id, userId: partnerUserId },
    ]);

    // Results and the indicators count the partner's answer as any other.
    const results = await call(RESULTS, { id: survey.id }, { cookie: coordinator });
    expect(results.data).toEqual({ feedbackResults: { responseCount: 1, averageScore: 5 } });
    const countsAfter = await counts.count(scope);
    expect(countsAfter.responses).toBe(countsBefore.responses + 1);
  });

  it('refuses a member’s staff, another network’s staff, a coordinator and anonymous callers, changing nothing', async () => {
    const survey = await openSurvey('PARTNER');

    expect(errorCode(await call(SUBMIT_PARTNER, answer(survey)))).toBe('UNAUTHENTICATED');
    expect(errorCode(await call(SURVEY, { id: survey.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await call(LIST, {}))).toBe('UNAUTHENTICATED');
    for (const cookie of [member, otherNetwork, coordinator]) {
      expect(errorCode(await call(SUBMIT_PARTNER, answer(survey), { cookie }))).toBe('FORBIDDEN');
      expect(errorCode(await call(SURVEY, { id: survey.id }, { cookie }))).toBe('FORBIDDEN');
    }
    // Staff who are nobody's partner see an empty list; a coordinator holds no organisation role.
    expect((await listed(member)).totalCount).toBe(0);
    expect((await listed(otherNetwork)).totalCount).toBe(0);
    expect(errorCode(await call(LIST, {}, { cookie: coordinator }))).toBe('FORBIDDEN');
    // Another organisation than one's own.
    expect(errorCode(await call(LIST, { organizationId: ORG_LAHTI }, { cookie: partner }))).toBe(
      'FORBIDDEN',
    );
    // Never public, never through the referrer mutation.
    expect(errorCode(await call(SUBMIT, answer(survey)))).toBe('NOT_FOUND');
    expect(errorCode(await call(SUBMIT_REFERRER, answer(survey), { cookie: partner }))).toBe(
      'NOT_FOUND',
    );
    expect(await surveyState(survey.id)).toEqual([0, 0]);
  });

  it('answers only OPEN PARTNER surveys of the partner’s networks through the partner mutation', async () => {
    const client = await openSurvey('CLIENT');
    const perhelinja = await openSurvey('PARTNER', { networkSlug: 'perhelinja', as: PERHELINJA });
    const own = await openSurvey('PARTNER', {
      as: `org-admin:${ORG_LAHTI}`,
      organizationId: ORG_LAHTI,
    });

    // A CLIENT survey: not through the partner mutation (and the client's way stays anonymous).
    expect(errorCode(await call(SUBMIT_PARTNER, answer(client), { cookie: partner }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await call(SURVEY, { id: client.id }, { cookie: partner }))).toBe('NOT_FOUND');
    expect(await surveyState(client.id)).toEqual([0, 0]);
    // Perhelinja's partner survey: Missio is not Perhelinja's partner.
    expect(errorCode(await call(SUBMIT_PARTNER, answer(perhelinja), { cookie: partner }))).toBe(
      'FORBIDDEN',
    );
    expect(await surveyState(perhelinja.id)).toEqual([0, 0]);

    // A member organisation's own partner survey goes to the network's partners too.
    const page = await listed(partner, { organizationId: ORG_HELSINKIMISSIO });
    const ids = page.edges.map((edge) => edge.node.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(client.id);
    expect(ids).not.toContain(perhelinja.id);
    expect(page.edges.find((edge) => edge.node.id === own.id)?.node.organizationName).toBe(
      'Lahden ensi- ja turvakoti ry',
    );

    // A page at a time: the cursor goes on where the first page ended.
    const first = await listed(partner, { first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(first.totalCount > 1);
    const next = await listed(partner, { first: 1, after: first.pageInfo.endCursor });
    expect(next.edges[0]?.node.id).not.toBe(first.edges[0]?.node.id);

    // Closed: no longer listed nor answerable.
    await prisma.feedbackSurvey.update({ where: { id: own.id }, data: { status: 'CLOSED' } });
    expect(errorCode(await call(SUBMIT_PARTNER, answer(own), { cookie: partner }))).toBe(
      'NOT_FOUND',
    );
    expect((await listed(partner)).edges.map((edge) => edge.node.id)).not.toContain(own.id);
    expect(await surveyState(own.id)).toEqual([0, 0]);
  });

  it('refuses a partner whose membership is suspended, and a PARTNER survey may be on an event', async () => {
    const survey = await openSurvey('PARTNER');
    await prisma.networkMembership.update({
      where: {
        networkId_organizationId: { networkId: FEDERATION_ID, organizationId: ORG_HELSINKIMISSIO },
      },
      data: { status: 'SUSPENDED' },
    });
    try {
      expect(errorCode(await call(SUBMIT_PARTNER, answer(survey), { cookie: partner }))).toBe(
        'FORBIDDEN',
      );
      expect((await listed(partner)).totalCount).toBe(0);
      expect(await surveyState(survey.id)).toEqual([0, 0]);
    } finally {
      await prisma.networkMembership.update({
        where: {
          networkId_organizationId: {
            networkId: FEDERATION_ID,
            organizationId: ORG_HELSINKIMISSIO,
          },
        },
        data: { status: 'ACTIVE' },
      });
    }

    const event = await prisma.event.findFirstOrThrow({
      where: { networkId: FEDERATION_ID },
      select: { id: true },
    });
    const onEvent = await call<Created>(
      CREATE,
      {
        input: {
          networkSlug: 'ensi-ja-turvakotien-liitto',
          eventId: event.id,
          audience: 'PARTNER',
          title: { fi: 'Tapahtuman kumppanikysely' },
          questions: [{ kind: 'YES_NO', text: { fi: 'Hyödyllinen?' } }],
        },
      },
      { as: FEDERATION },
    );
    expect(onEvent.errors).toBeUndefined();
    expect(onEvent.data?.createFeedbackSurvey.audience).toBe('PARTNER');
  });
});
