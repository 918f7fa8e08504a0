import { FEDERATION_ID, ORG_LAHTI, PrismaClient } from '@linja/db';

import { renderMail } from '../../../src/mail/templates/mail-templates';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { DEMO, gql, signIn } from '../identity/identity-kit';
import {
  ACT,
  DECLINE,
  LAHTI_EDITOR,
  PROFESSIONAL_EMAIL,
  TURVAKOTI,
  VAKIVALTATYO,
} from '../referrals/referral-kit';

const SLUG = 'ensi-ja-turvakotien-liitto';

const MINE = /* GraphQL */ `
  query Mine {
    myReferrals(first: 100) {
      edges {
        node {
          id
          serviceId
          networkSlug
          openReferrerFeedbackSurvey {
            id
            title {
              fi
            }
          }
        }
      }
    }
  }
`;

interface Mine {
  myReferrals: {
    edges: {
      node: {
        id: string;
        serviceId: string;
        networkSlug: string;
        openReferrerFeedbackSurvey: { id: string; title: { fi: string } } | null;
      };
    }[];
  };
}

/**
 * The referrer survey linked from a professional's own referrals (`MyReferral.openReferrerFeedbackSurvey`,
 * the portal's `/:network/referrals`) and from the decision mail: the newest OPEN REFERRER survey of
 * the referral's service, for a professional of its network only, one query for the whole page.
 */
describe(`the referrer survey linked from one's referrals on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let professional: string;
  let professionalId: string;
  let coordinator: string;
  let coordinatorId: string;
  let surveyId: string;

  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who: { as?: string; cookie?: string },
  ) => gql<T>(api.baseUrl, query, variables, who);
  const survey = (
    serviceId: string,
    audience: 'CLIENT' | 'REFERRER',
    status: 'OPEN' | 'CLOSED',
    fi: string,
  ) =>
    prisma.feedbackSurvey.create({
      data: {
        networkId: FEDERATION_ID,
        serviceId,
        audience,
        status,
        openedAt: new Date(),
        title: { fi },
        questions: { create: [{ position: 0, kind: 'SCALE', text: { fi: 'Arvosana' } }] },
      },
    });
  const referral = (serviceId: string, referrerId: string) =>
    prisma.referral.create({
      data: {
        kind: 'REFERRAL',
        networkId: FEDERATION_ID,
        serviceId,
        organizationId: ORG_LAHTI,
        referrerId,
        reasonKey: 'violence-at-home',
      },
    });
  const mine = async (cookie: string) => {
    const result = await call<Mine>(MINE, {}, { cookie });
    expect(result.errors).toBeUndefined();
    return result.data!.myReferrals.edges.map(({ node }) => node);
  };

  beforeAll(async () => {
    // No workers: the decision mail stays in the outbox with its parameters (sending empties them).
    api = await startTestApp({ PUBLIC_BASE_URL: 'https://linja.test', WORKERS: 'off' });
    prisma = api.app.get(PrismaClient);
    professional = await signIn(api.baseUrl, PROFESSIONAL_EMAIL);
    coordinator = await signIn(api.baseUrl, DEMO.federationCoordinator);
    const users = await prisma.user.findMany({
      where: { email: { in: [PROFESSIONAL_EMAIL, DEMO.federationCoordinator] } },
      select: { id: true, email: true },
    });
    professionalId = users.find((user) => user.email === PROFESSIONAL_EMAIL)!.id;
    coordinatorId = users.find((user) => user.email === DEMO.federationCoordinator)!.id;
    surveyId = (await survey(TURVAKOTI, 'REFERRER', 'OPEN', 'Lähettäjien kysely')).id;
    // Väkivaltatyö: a closed referrer survey and an open client survey — neither is linked.
    await survey(VAKIVALTATYO, 'REFERRER', 'CLOSED', 'Suljettu');
    await survey(VAKIVALTATYO, 'CLIENT', 'OPEN', 'Asiakkaiden kysely');
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('links the open referrer survey of each referral’s service, in one query for the page', async () => {
    const ids = new Map<string, string>();
    for (let index = 0; index < 12; index += 1) {
      const serviceId = index % 2 === 0 ? TURVAKOTI : VAKIVALTATYO;
      ids.set((await referral(serviceId, professionalId)).id, serviceId);
    }
    const findMany = jest.spyOn(prisma.feedbackSurvey, 'findMany');
    try {
      const nodes = (await mine(professional)).filter((node) => ids.has(node.id));
      expect(nodes).toHaveLength(12);
      for (const node of nodes) {
        expect(node.networkSlug).toBe(SLUG);
        expect(node.openReferrerFeedbackSurvey).toEqual(
          node.serviceId === TURVAKOTI
            ? { id: surveyId, title: { fi: 'Lähettäjien kysely' } }
            : null,
        );
      }
      expect(findMany).toHaveBeenCalledTimes(1);
    } finally {
      findMany.mockRestore();
    }
  });

  it('gives no link to someone who is not a professional of the network', async () => {
    const own = await referral(TURVAKOTI, coordinatorId);
    const nodes = await mine(coordinator);
    expect(nodes.find((node) => node.id === own.id)).toMatchObject({
      serviceId: TURVAKOTI,
      openReferrerFeedbackSurvey: null,
    });
  });

  it('puts the link in the decision mail when the service has an open referrer survey', async () => {
    const decide = async (serviceId: string, how: 'accept' | 'decline') => {
      const { id } = await referral(serviceId, professionalId);
      expect(
        (await call(ACT('openReferral'), { id }, { as: LAHTI_EDITOR })).errors,
      ).toBeUndefined();
      const decided = await call(
        how === 'accept' ? ACT('acceptReferral') : DECLINE,
        { id },
        {
          as: LAHTI_EDITOR,
        },
      );
      expect(decided.errors).toBeUndefined();
      const [mail, ...more] = await prisma.outboxMail.findMany({
        where: { dedupeKey: `referral-decided:${id}` },
      });
      expect(more).toEqual([]);
      return mail!;
    };

    const accepted = await decide(TURVAKOTI, 'accept');
    const link = `https://linja.test/${SLUG}/feedback/${surveyId}/referrer`;
    expect(accepted.params).toMatchObject({ status: 'ACCEPTED', surveyLink: link });
    const fi = renderMail(accepted.template, 'fi', accepted.params);
    expect(fi.text).toContain(`- Anna palautetta lähettäjänä\n  ${link}`);
    expect(fi.html).toContain(`<a href="${link}">Anna palautetta lähettäjänä</a>`);
    expect(renderMail(accepted.template, 'sv', accepted.params).text).toContain(
      `- Ge respons som remittent\n  ${link}`,
    );

    const declined = await decide(VAKIVALTATYO, 'decline');
    expect(declined.params).toMatchObject({ status: 'DECLINED', surveyLink: null });
    const text = renderMail(declined.template, 'en', declined.params).text;
    expect(text).not.toContain('Give feedback as a referrer');
    expect(text).not.toContain('/feedback/');
  });
});
