import { type ReferralStatus } from '@linja/db';

import {
  type ActorSpec,
  coordinates,
  type MatrixCase,
  matrixCase,
  type MatrixContext,
  NETWORK_KEYS,
  NETWORK_SLUGS,
  type NetworkKey,
  NETWORKS,
  pick,
  OK,
  okIf,
  ORGS,
  professionalIn,
  signedIn,
  staffOf,
  TENANT_KEYS,
  type TenantKey,
  TENANTS,
  type VisibilityCase,
  visibilityCase,
} from './authorization-matrix.fixtures';

/**
 * Referrals (issue 17) in the authorization matrix. Handling a referral (`referral.handle`) is for
 * the producing organisation's own admins and editors only — not the network's coordinators and not
 * platform admins; the read log for its admins; referring for the network's verified professionals;
 * a service's settings for its responsible organisation's staff; the counts for coordinators.
 */

/** The producing organisation's own staff (platform admins excluded). */
const handlerOf = (actor: ActorSpec, target: TenantKey): boolean =>
  actor.org?.key === TENANTS[target].org;
const HANDLERS = (actor: ActorSpec, target: TenantKey) => okIf(handlerOf(actor, target));
const ADMINS = (actor: ActorSpec, target: TenantKey) =>
  okIf(handlerOf(actor, target) && actor.org?.role === 'ORG_ADMIN');

/** A published service of the tenant with an active delivery (area 02) taking both kinds. */
async function buildReferralService(
  ctx: MatrixContext,
  target: TenantKey,
): Promise<{ serviceId: string; deliveryId: string }> {
  const tenant = TENANTS[target];
  const service = await ctx.build.service(tenant, 'PUBLISHED');
  const delivery = await ctx.build.delivery(service.id, tenant.org, 'ACTIVE');
  await ctx.prisma.serviceReferralSettings.create({
    data: {
      serviceId: service.id,
      acceptsReferrals: true,
      acceptsContactRequests: true,
      reasons: [{ key: 'r1', label: { fi: 'Matriisin syy' } }],
    },
  });
  return { serviceId: service.id, deliveryId: delivery.id };
}

/** A referral (no personal data stored) to the tenant's organisation in `status`. */
async function buildReferral(
  ctx: MatrixContext,
  target: TenantKey,
  status: ReferralStatus = 'NEW',
): Promise<string> {
  const { serviceId, deliveryId } = await buildReferralService(ctx, target);
  const row = await ctx.prisma.referral.create({
    data: {
      kind: 'REFERRAL',
      networkId: NETWORKS[TENANTS[target].network],
      serviceId,
      deliveryId,
      organizationId: ORGS[TENANTS[target].org],
      reasonKey: 'r1',
      status,
      ...(status === 'NEW' ? {} : { openedAt: new Date() }),
    },
  });
  return row.id;
}

const act = (operation: string, status: ReferralStatus, args = '') =>
  matrixCase<TenantKey>({
    doc: `mutation($id: ID!) { ${operation}(id: $id${args}) { id status } }`,
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: await buildReferral(ctx, target, status) }),
    expect: HANDLERS,
  });

export const REFERRAL_MATRIX: Record<string, MatrixCase<string>> = {
  updateServiceReferralSettings: matrixCase<TenantKey>({
    doc: 'mutation($input: UpdateServiceReferralSettingsInput!) { updateServiceReferralSettings(input: $input) { serviceId acceptsReferrals } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      input: {
        serviceId: (await buildReferralService(ctx, target)).serviceId,
        acceptsReferrals: false,
        acceptsContactRequests: true,
        reasons: [],
      },
    }),
    expect: (actor, target) => okIf(staffOf(actor, TENANTS[target].org)),
  }),
  createReferral: matrixCase<TenantKey>({
    doc: 'mutation($input: CreateReferralInput!) { createReferral(input: $input) { id status } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const { serviceId, deliveryId } = await buildReferralService(ctx, target);
      return {
        input: {
          serviceId,
          deliveryId,
          municipalityCode: '106',
          reasonKey: 'r1',
          urgency: 'ROUTINE',
          contactMethod: 'PHONE',
          contactWindow: 'ANY',
          consentConfirmed: false,
        },
      };
    },
    expect: (actor, target) => okIf(professionalIn(actor, TENANTS[target].network)),
  }),
  createContactRequest: matrixCase<TenantKey>({
    doc: 'mutation($input: CreateContactRequestInput!) { createContactRequest(input: $input) { id status } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      input: {
        serviceId: (await buildReferralService(ctx, target)).serviceId,
        phone: '040 123 4567',
        contactWindow: 'ANY',
      },
    }),
    expect: () => OK,
  }),
  organizationReferrals: matrixCase<TenantKey>({
    doc: 'query($id: ID!) { organizationReferrals(organizationId: $id, first: 5) { totalCount } }',
    targets: TENANT_KEYS,
    setup: (_ctx, target) => Promise.resolve({ id: ORGS[TENANTS[target].org] }),
    expect: HANDLERS,
    readOnly: true,
  }),
  referral: matrixCase<TenantKey>({
    doc: 'query($id: ID!) { referral(id: $id) { id status } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: await buildReferral(ctx, target) }),
    expect: HANDLERS,
    readOnly: true,
  }),
  myReferrals: matrixCase<'-'>({
    doc: '{ myReferrals(first: 5) { totalCount } }',
    targets: ['-'],
    expect: (actor) => okIf(signedIn(actor)),
    readOnly: true,
  }),
  referralReadLog: matrixCase<TenantKey>({
    doc: 'query($id: ID!) { referralReadLog(referralId: $id, first: 5) { totalCount } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: await buildReferral(ctx, target) }),
    expect: ADMINS,
    readOnly: true,
  }),
  networkReferralCounts: matrixCase<NetworkKey>({
    doc: 'query($slug: String!) { networkReferralCounts(networkSlug: $slug, from: "2026-01-01", to: "2026-12-31") { total } }',
    targets: NETWORK_KEYS,
    setup: (_ctx, target) => Promise.resolve({ slug: NETWORK_SLUGS[target] }),
    expect: (actor, target) => okIf(coordinates(actor, target)),
    readOnly: true,
  }),
  openReferral: act('openReferral', 'NEW'),
  acceptReferral: act('acceptReferral', 'OPENED'),
  declineReferral: act('declineReferral', 'OPENED', ', reason: NO_CAPACITY'),
  closeReferral: act('closeReferral', 'ACCEPTED'),
  recordFirstContact: act('recordFirstContact', 'OPENED'),
  addReferralNote: matrixCase<TenantKey>({
    doc: 'mutation($id: ID!) { addReferralNote(referralId: $id, text: "Matriisin muistiinpano") { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: await buildReferral(ctx, target, 'OPENED') }),
    expect: HANDLERS,
  }),
};

/**
 * Nested fields: a referral's personal data (`details`, with its notes and the referrer's name) only
 * for the producing organisation's own staff; everyone else is refused the field. A read writes a
 * read-log row by design (referral_read_log is a counter table in the matrix's change watch); the
 * refusals' writing nothing is asserted in test/integration/referrals.
 */
export const REFERRAL_VISIBILITY_CASES: Record<string, VisibilityCase<string>> = {
  'Referral.details': visibilityCase<TenantKey>({
    doc: 'query($id: ID!) { referral(id: $id) { id details { clientPhone referrerName notes(first: 5) { totalCount } } } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: await buildReferral(ctx, target, 'OPENED') }),
    visible: handlerOf,
    shows: (data) => pick(data, 'referral.details.notes.totalCount') === 0,
    hidden: 'refused',
  }),
};

/** Reached only through Referral.details (gated above). */
export const REFERRAL_PUBLIC_FIELDS = ['ReferralDetails.notes', 'ReferralDetails.referrerName'];
