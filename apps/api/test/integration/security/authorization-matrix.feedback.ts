import { type FeedbackAudience, type FeedbackSurveyStatus } from '@linja/db';

import {
  adminOf,
  type ActorSpec,
  coordinates,
  type MatrixCase,
  matrixCase,
  type MatrixContext,
  NETWORK_KEYS,
  NETWORK_SLUGS,
  type NetworkKey,
  NETWORKS,
  OK,
  okIf,
  ORGS,
  readsResultsOf,
  TENANT_KEYS,
  type TenantKey,
  TENANTS,
} from './authorization-matrix.fixtures';

/**
 * Feedback surveys (issue 16) in the authorization matrix. A network's survey: its coordinators
 * define, open and close it; an organisation's own: its admins (not its editors). Results and free
 * text: the reporting read rule — coordinators and REPORT_VIEWERs of the network, and the owning
 * organisation's admins. The survey page and answering: anyone (rate-limited, tested in
 * test/integration/feedback) — a REFERRER survey only the network's verified professionals (not
 * even platform admins), a PARTNER survey only the staff of the network's ACTIVE PARTNER
 * organisations (not a member's staff, coordinators or platform admins).
 */

/** A verified professional of the network (platform admins do not answer referrer surveys). */
export const referrerOf = (actor: ActorSpec, network: NetworkKey): boolean =>
  actor.professionalOf?.network === network && actor.professionalOf.verified;

const COORDINATORS = (actor: ActorSpec, target: NetworkKey) => okIf(coordinates(actor, target));
const READERS = (actor: ActorSpec, target: NetworkKey) => okIf(readsResultsOf(actor, target));
const OWNERS = (actor: ActorSpec, target: TenantKey) => okIf(adminOf(actor, TENANTS[target].org));
const OWNERS_OR_READERS = (actor: ActorSpec, target: TenantKey) =>
  okIf(readsResultsOf(actor, TENANTS[target].network) || adminOf(actor, TENANTS[target].org));

/** The organisation of each network whose service a network survey is on. */
const NETWORK_TENANT: Record<NetworkKey, TenantKey> = {
  perhelinja: 'mll@perhelinja',
  liitto: 'lahti@liitto',
};

async function buildSurvey(
  ctx: MatrixContext,
  target: TenantKey,
  options: {
    own: boolean;
    status: FeedbackSurveyStatus;
    answered?: boolean;
    audience?: FeedbackAudience;
  },
): Promise<{ id: string; questionId: string }> {
  const tenant = TENANTS[target];
  const service = await ctx.build.service(tenant, 'PUBLISHED');
  const survey = await ctx.prisma.feedbackSurvey.create({
    data: {
      networkId: NETWORKS[tenant.network],
      organizationId: options.own ? ORGS[tenant.org] : null,
      serviceId: service.id,
      title: { fi: `Matriisin kysely ${ctx.build.next()}` },
      status: options.status,
      audience: options.audience ?? 'CLIENT',
      questions: {
        create: [
          { position: 0, kind: 'SCALE', text: { fi: 'Arvosana' } },
          { position: 1, kind: 'TEXT', text: { fi: 'Terveiset' } },
        ],
      },
    },
    include: { questions: { orderBy: { position: 'asc' } } },
  });
  const [scale, text] = survey.questions;
  if (options.answered && scale && text) {
    await ctx.prisma.feedbackResponse.create({
      data: {
        surveyId: survey.id,
        respondedOn: new Date('2026-03-01'),
        answers: {
          create: [
            { questionId: scale.id, score: 4 },
            { questionId: text.id, text: 'Kiitos' },
          ],
        },
      },
    });
  }
  return { id: survey.id, questionId: scale?.id ?? '' };
}

export { buildSurvey, NETWORK_TENANT };

/**
 * PARTNER surveys: none of the demo organisations with an account in the matrix is a partner, so
 * each case makes a network of its own where Turku's association (orgAdminS, editorS) is a PARTNER
 * — ACTIVE, or SUSPENDED — and MLL's district (orgAdminA, editorA) an ACTIVE MEMBER; Lahti's
 * (editorL) is not in it at all.
 */
const PARTNER_TARGETS = {
  'turku ACTIVE partner, mll member': 'ACTIVE',
  'turku SUSPENDED partner, mll member': 'SUSPENDED',
} as const;
type PartnerTarget = keyof typeof PARTNER_TARGETS;
const PARTNER_TARGET_KEYS = Object.keys(PARTNER_TARGETS) as PartnerTarget[];

/** Staff of the ACTIVE PARTNER organisation (platform admins do not answer as partners). */
const answersAsPartner = (actor: ActorSpec, target: PartnerTarget): boolean =>
  actor.org?.key === 'turku' && PARTNER_TARGETS[target] === 'ACTIVE';

async function partnerSurvey(
  ctx: MatrixContext,
  target: PartnerTarget,
): Promise<{ id: string; questionId: string }> {
  const n = ctx.build.next();
  const since = new Date('2024-01-01');
  const network = await ctx.prisma.network.create({
    data: {
      slug: `matriisi-kumppanit-${n}`,
      name: `Matriisin kumppaniverkosto ${n}`,
      memberships: {
        create: [
          { organizationId: ORGS.turku, role: 'PARTNER', status: PARTNER_TARGETS[target], since },
          { organizationId: ORGS.mll, role: 'MEMBER', status: 'ACTIVE', since },
        ],
      },
    },
  });
  const service = await ctx.prisma.service.create({
    data: { networkId: network.id, responsibleOrganizationId: ORGS.mll, sortName: `Matriisi ${n}` },
  });
  const survey = await ctx.prisma.feedbackSurvey.create({
    data: {
      networkId: network.id,
      serviceId: service.id,
      title: { fi: `Kumppanikysely ${n}` },
      status: 'OPEN',
      audience: 'PARTNER',
      questions: { create: [{ position: 0, kind: 'SCALE', text: { fi: 'Yhteistyö' } }] },
    },
    include: { questions: true },
  });
  return { id: survey.id, questionId: survey.questions[0]?.id ?? '' };
}

const networkSurvey = (ctx: MatrixContext, target: NetworkKey, status: FeedbackSurveyStatus) =>
  buildSurvey(ctx, NETWORK_TENANT[target], { own: false, status });

export const FEEDBACK_MATRIX: Record<string, MatrixCase<string>> = {
  createFeedbackSurvey: matrixCase<NetworkKey>({
    doc: 'mutation($input: CreateFeedbackSurveyInput!) { createFeedbackSurvey(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({
      input: {
        networkSlug: NETWORK_SLUGS[target],
        serviceId: (await ctx.build.service(TENANTS[NETWORK_TENANT[target]], 'PUBLISHED')).id,
        title: { fi: 'Matriisin kysely' },
        questions: [{ kind: 'SCALE', text: { fi: 'Arvosana' } }],
      },
    }),
    expect: COORDINATORS,
  }),
  updateFeedbackSurvey: matrixCase<TenantKey>({
    doc: 'mutation($input: UpdateFeedbackSurveyInput!) { updateFeedbackSurvey(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      input: {
        id: (await buildSurvey(ctx, target, { own: true, status: 'DRAFT' })).id,
        title: { fi: 'Muutettu' },
      },
    }),
    expect: OWNERS,
  }),
  setFeedbackSurveyStatus: matrixCase<NetworkKey>({
    doc: 'mutation($id: ID!) { setFeedbackSurveyStatus(input: { id: $id, status: OPEN }) { status } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({ id: (await networkSurvey(ctx, target, 'DRAFT')).id }),
    expect: COORDINATORS,
  }),
  feedbackSurveys: matrixCase<NetworkKey>({
    doc: 'query($slug: String!) { feedbackSurveys(networkSlug: $slug, first: 5) { totalCount } }',
    targets: NETWORK_KEYS,
    setup: (_ctx, target) => Promise.resolve({ slug: NETWORK_SLUGS[target] }),
    expect: READERS,
    readOnly: true,
  }),
  feedbackSurvey: matrixCase<TenantKey>({
    doc: 'query($id: ID!) { feedbackSurvey(id: $id) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      id: (await buildSurvey(ctx, target, { own: true, status: 'OPEN' })).id,
    }),
    expect: OWNERS_OR_READERS,
    readOnly: true,
  }),
  feedbackResults: matrixCase<TenantKey>({
    doc: 'query($id: ID!) { feedbackResults(surveyId: $id) { responseCount } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      id: (await buildSurvey(ctx, target, { own: true, status: 'OPEN', answered: true })).id,
    }),
    expect: OWNERS_OR_READERS,
    readOnly: true,
    verify: (data) => {
      expect(data).toEqual({ feedbackResults: { responseCount: 1 } });
    },
  }),
  feedbackTextAnswers: matrixCase<TenantKey>({
    doc: 'query($id: ID!) { feedbackTextAnswers(surveyId: $id, first: 5) { totalCount } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      id: (await buildSurvey(ctx, target, { own: true, status: 'OPEN', answered: true })).id,
    }),
    expect: OWNERS_OR_READERS,
    readOnly: true,
  }),
  publicFeedbackSurvey: matrixCase<NetworkKey>({
    doc: 'query($slug: String!, $id: ID!) { publicFeedbackSurvey(networkSlug: $slug, id: $id) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({
      slug: NETWORK_SLUGS[target],
      id: (await networkSurvey(ctx, target, 'OPEN')).id,
    }),
    expect: () => OK,
    readOnly: true,
  }),
  submitFeedback: matrixCase<NetworkKey>({
    doc: 'mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { received } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => {
      const survey = await networkSurvey(ctx, target, 'OPEN');
      return {
        input: { surveyId: survey.id, answers: [{ questionId: survey.questionId, score: 5 }] },
      };
    },
    expect: () => OK,
  }),
  referrerFeedbackSurvey: matrixCase<NetworkKey>({
    doc: 'query($slug: String!, $id: ID!) { referrerFeedbackSurvey(networkSlug: $slug, id: $id) { id answered } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({
      slug: NETWORK_SLUGS[target],
      id: (
        await buildSurvey(ctx, NETWORK_TENANT[target], {
          own: false,
          status: 'OPEN',
          audience: 'REFERRER',
        })
      ).id,
    }),
    expect: (actor, target) => okIf(referrerOf(actor, target)),
    readOnly: true,
  }),
  submitReferrerFeedback: matrixCase<NetworkKey>({
    doc: 'mutation($input: SubmitFeedbackInput!) { submitReferrerFeedback(input: $input) { received } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => {
      const survey = await buildSurvey(ctx, NETWORK_TENANT[target], {
        own: false,
        status: 'OPEN',
        audience: 'REFERRER',
      });
      return {
        input: { surveyId: survey.id, answers: [{ questionId: survey.questionId, score: 5 }] },
      };
    },
    expect: (actor, target) => okIf(referrerOf(actor, target)),
  }),
  partnerFeedbackSurveys: matrixCase<PartnerTarget>({
    doc: 'query { partnerFeedbackSurveys(first: 5) { totalCount edges { node { id answered } } } }',
    targets: PARTNER_TARGET_KEYS,
    setup: async (ctx, target) => {
      await partnerSurvey(ctx, target);
      return {};
    },
    // Any organisation's staff may ask (the list holds only their partner networks' surveys:
    // test/integration/feedback/partner-feedback.int-spec.ts); nobody else holds the permission.
    expect: (actor) => okIf(actor.org !== undefined),
    readOnly: true,
  }),
  partnerFeedbackSurvey: matrixCase<PartnerTarget>({
    doc: 'query($id: ID!) { partnerFeedbackSurvey(id: $id) { id answered } }',
    targets: PARTNER_TARGET_KEYS,
    setup: async (ctx, target) => ({ id: (await partnerSurvey(ctx, target)).id }),
    expect: (actor, target) => okIf(answersAsPartner(actor, target)),
    readOnly: true,
    verify: (data, variables) => {
      expect(data).toEqual({ partnerFeedbackSurvey: { id: variables.id, answered: false } });
    },
  }),
  submitPartnerFeedback: matrixCase<PartnerTarget>({
    doc: 'mutation($input: SubmitFeedbackInput!) { submitPartnerFeedback(input: $input) { received } }',
    targets: PARTNER_TARGET_KEYS,
    setup: async (ctx, target) => {
      const survey = await partnerSurvey(ctx, target);
      return {
        input: { surveyId: survey.id, answers: [{ questionId: survey.questionId, score: 4 }] },
      };
    },
    expect: (actor, target) => okIf(answersAsPartner(actor, target)),
  }),
};
