import { DEMO_PASSWORD } from '@linja/db';
import { GraphQLSchemaHost } from '@nestjs/graphql';

import { DB_MODE_LABEL } from '../../helpers/test-app';
import {
  ACTORS,
  adminOf,
  type ActorSpec,
  coordinates,
  countCases,
  describeMatrix,
  type Expected,
  fails,
  isAdmin,
  type MatrixCase,
  matrixCase,
  type MatrixContext,
  NETWORK_KEYS,
  NETWORK_SLUGS,
  type NetworkKey,
  NETWORKS,
  OK,
  okIf,
  ORG_KEYS,
  ORG_NAMES,
  type OrgKey,
  ORGS,
  REFUSED,
  signedIn,
  staffOf,
  START_TIMEOUT_MS,
  startMatrix,
  TENANT_KEYS,
  type TenantKey,
  TENANTS,
} from './authorization-matrix.fixtures';
import { EVENT_SIGNUP_MATRIX } from './authorization-matrix.event-signups';
import { EVENT_MATRIX } from './authorization-matrix.events';
import { OTHER_PROVIDER_MATRIX } from './authorization-matrix.other-providers';
import { REFERRAL_MATRIX } from './authorization-matrix.referrals';
import { SUPPORT_CONTACT_MATRIX } from './authorization-matrix.support-contacts';
import { SERVICE_IMPORT_MATRIX } from './authorization-matrix.service-import';
import { REPORTING_MATRIX } from './authorization-matrix.reporting';
import { FEEDBACK_MATRIX } from './authorization-matrix.feedback';
import { buildSeries, buildSession, readsSeries } from './authorization-matrix.info-series';

/**
 * Every query and mutation of the schema × every actor (real accounts, signed in through `signIn`,
 * sending their session cookie) × the targets the operation acts on: the five tenants (an
 * organisation's data in a network: own organisation, another of the same network, the organisation
 * that belongs to both networks — in each of them — and another network), the two networks, the four
 * organisations, or memberships of organisations in one or both networks. A new operation must be
 * added here, or the completeness test fails. Nested fields: authorization-matrix-nested.int-spec.ts;
 * every invitation role: …-invitations; every delivery status change: …-delivery-status.
 */

const NONE = ['-'] as const;
type None = (typeof NONE)[number];
const CONTENT = { name: { fi: 'Matriisin muokkaus' } };

/** Memberships: of an organisation in one network only, or of one that belongs to both. */
const MEMBERSHIPS = [
  'perhelinja-only',
  'shared@perhelinja',
  'shared@liitto',
  'liitto-only',
] as const;
type MembershipKey = (typeof MEMBERSHIPS)[number];
const MEMBERSHIP_NETWORK: Record<MembershipKey, NetworkKey> = {
  'perhelinja-only': 'perhelinja',
  'shared@perhelinja': 'perhelinja',
  'shared@liitto': 'liitto',
  'liitto-only': 'liitto',
};

/** A fresh organisation whose membership `key` has `status` (its other one, if shared, is ACTIVE). */
async function membership(
  ctx: MatrixContext,
  key: MembershipKey,
  status: 'ACTIVE' | 'SUSPENDED',
): Promise<string> {
  const network = MEMBERSHIP_NETWORK[key];
  const other: NetworkKey = network === 'perhelinja' ? 'liitto' : 'perhelinja';
  const shared = key.startsWith('shared');
  const org = await ctx.build.organization([
    { network, status, ...(status === 'SUSPENDED' ? { reason: 'Matriisi' } : {}) },
    ...(shared ? [{ network: other, status: 'ACTIVE' as const }] : []),
  ]);
  const id = org.membershipIds[network];
  if (!id) throw new Error('membership missing');
  return id;
}

const tenantRule =
  (rule: (actor: ActorSpec, network: NetworkKey, org: OrgKey) => boolean) =>
  (actor: ActorSpec, target: TenantKey): Expected =>
    okIf(rule(actor, TENANTS[target].network, TENANTS[target].org));
const ORG_STAFF = tenantRule((actor, _network, org) => staffOf(actor, org));
const NETWORK_STAFF = tenantRule(
  (actor, network, org) => staffOf(actor, org) || coordinates(actor, network),
);
const REVIEWERS = tenantRule((actor, network) => coordinates(actor, network));
const COORDINATORS = (actor: ActorSpec, target: NetworkKey): Expected =>
  okIf(coordinates(actor, target));
const EVERYONE = (): Expected => OK;
const SIGNED_IN = (actor: ActorSpec): Expected => okIf(signedIn(actor));
/** TOTP calls act on the caller's own account: past sign-in they fail on the account's state. */
const OWN_ACCOUNT_STATE = (actor: ActorSpec): Expected =>
  signedIn(actor) ? fails('CONFLICT', 'BAD_USER_INPUT') : REFUSED;

const MATRIX: Record<string, MatrixCase<string>> = {
  // ── Event sign-ups (issue 15): authorization-matrix.event-signups.ts.
  ...EVENT_SIGNUP_MATRIX,
  // ── Events (issue 15): authorization-matrix.events.ts.
  ...EVENT_MATRIX,
  // ── Referrals (issue 17): authorization-matrix.referrals.ts.
  ...REFERRAL_MATRIX,
  // ── Support contacts (issue 16): authorization-matrix.support-contacts.ts.
  ...SUPPORT_CONTACT_MATRIX,
  // ── The service CSV import (issue 19): authorization-matrix.service-import.ts.
  ...SERVICE_IMPORT_MATRIX,
  // ── Showing results (issue 16): authorization-matrix.reporting.ts.
  ...REPORTING_MATRIX,
  // ── Feedback surveys (issue 16): authorization-matrix.feedback.ts.
  ...FEEDBACK_MATRIX,
  // ── Other providers (issue 18): authorization-matrix.other-providers.ts.
  ...OTHER_PROVIDER_MATRIX,
  // ── Public reference data, brands and lists (what a list shows is checked in …-nested).
  networks: matrixCase<None>({
    doc: '{ networks { totalCount } }',
    targets: NONE,
    expect: EVERYONE,
    readOnly: true,
  }),
  network: matrixCase<NetworkKey>({
    doc: 'query($slug: String!) { network(slug: $slug) { id } }',
    targets: NETWORK_KEYS,
    setup: (_ctx, target) => Promise.resolve({ slug: NETWORK_SLUGS[target] }),
    expect: EVERYONE,
    readOnly: true,
  }),
  organization: matrixCase<OrgKey>({
    doc: 'query($id: ID!) { organization(id: $id) { id } }',
    targets: ORG_KEYS,
    setup: (_ctx, target) => Promise.resolve({ id: ORGS[target] }),
    expect: EVERYONE,
    readOnly: true,
  }),
  municipalities: matrixCase<None>({
    doc: '{ municipalities(first: 5) { totalCount } }',
    targets: NONE,
    expect: EVERYONE,
    readOnly: true,
  }),
  municipality: matrixCase<None>({
    doc: '{ municipality(code: "398") { code } }',
    targets: NONE,
    expect: EVERYONE,
    readOnly: true,
  }),
  wellbeingAreas: matrixCase<None>({
    doc: '{ wellbeingAreas { totalCount } }',
    targets: NONE,
    expect: EVERYONE,
    readOnly: true,
  }),
  wellbeingArea: matrixCase<None>({
    doc: '{ wellbeingArea(code: "09") { code } }',
    targets: NONE,
    expect: EVERYONE,
    readOnly: true,
  }),
  regions: matrixCase<None>({
    doc: '{ regions { totalCount } }',
    targets: NONE,
    expect: EVERYONE,
    readOnly: true,
  }),
  services: matrixCase<None>({
    doc: '{ services(first: 5) { totalCount } }',
    targets: NONE,
    expect: EVERYONE,
    readOnly: true,
  }),
  searchServices: matrixCase<None>({
    doc: '{ searchServices(input: { text: "turvakoti" }, first: 5) { totalCount } }',
    targets: NONE,
    expect: EVERYONE,
    readOnly: true,
  }),
  // A draft is seen by its organisation's staff and its network's coordinators only.
  service: matrixCase<TenantKey>({
    doc: 'query($id: ID!) { service(id: $id) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: (await ctx.build.service(TENANTS[target], 'DRAFT')).id }),
    expect: NETWORK_STAFF,
    readOnly: true,
    verify: (data, variables) => {
      expect(data.service).toEqual({ id: variables.id });
    },
  }),

  // ── Identity: the caller's own account and sessions.
  me: matrixCase<None>({ doc: '{ me { id } }', targets: NONE, expect: EVERYONE, readOnly: true }),
  mySessions: matrixCase<None>({
    doc: '{ mySessions { totalCount } }',
    targets: NONE,
    expect: SIGNED_IN,
    readOnly: true,
  }),
  signIn: matrixCase<None>({
    doc: 'mutation($p: String!) { signIn(email: "toimittaja@turku.example", password: $p) { status } }',
    targets: NONE,
    setup: () => Promise.resolve({ p: DEMO_PASSWORD }),
    expect: EVERYONE,
  }),
  createApiToken: matrixCase<None>({
    doc: 'mutation($p: String!) { createApiToken(email: "toimittaja@turku.example", password: $p) { expiresAt } }',
    targets: NONE,
    setup: () => Promise.resolve({ p: DEMO_PASSWORD }),
    expect: EVERYONE,
  }),
  // With a second session of the caller's account, so the shared one stays signed in.
  signOut: matrixCase<None>({
    doc: 'mutation { signOut }',
    targets: NONE,
    expect: EVERYONE,
    secondSession: true,
    verify: (data) => {
      expect(typeof data.signOut).toBe('boolean');
    },
  }),
  // One's own other session, or another account's: nobody ends someone else's.
  revokeSession: matrixCase<'own session' | "another account's session">({
    doc: 'mutation($id: ID!) { revokeSession(id: $id) }',
    targets: ['own session', "another account's session"],
    setup: async (ctx, target, actor) => ({
      id: (
        await ctx.build.session(
          target === 'own session' && actor.userId ? actor.userId : await ctx.build.bystander(),
        )
      ).id,
    }),
    expect: (actor, target) => okIf(target === 'own session' && signedIn(actor)),
    perActor: true,
  }),
  // One's own settings: any signed-in person, on their own account only.
  updateMySettings: matrixCase<None>({
    doc: 'mutation { updateMySettings(input: { freshnessDigest: true }) { freshnessDigest } }',
    targets: NONE,
    expect: SIGNED_IN,
  }),
  // One's own personal calendar feed address (issue 15): any signed-in account, its own only.
  myCalendarFeed: matrixCase<None>({
    doc: 'query { myCalendarFeed { createdAt } }',
    targets: NONE,
    expect: SIGNED_IN,
  }),
  createMyCalendarFeed: matrixCase<None>({
    doc: 'mutation { createMyCalendarFeed { url } }',
    targets: NONE,
    expect: SIGNED_IN,
  }),
  revokeMyCalendarFeed: matrixCase<None>({
    doc: 'mutation { revokeMyCalendarFeed }',
    targets: NONE,
    expect: SIGNED_IN,
  }),
  startTotpSetup: matrixCase<None>({
    doc: 'mutation { startTotpSetup { otpauthUri } }',
    targets: NONE,
    expect: SIGNED_IN,
  }),
  confirmTotpSetup: matrixCase<None>({
    doc: 'mutation { confirmTotpSetup(code: "123456") { id } }',
    targets: NONE,
    expect: OWN_ACCOUNT_STATE,
  }),
  disableTotp: matrixCase<None>({
    doc: 'mutation { disableTotp(password: "x", code: "123456") { id } }',
    targets: NONE,
    expect: OWN_ACCOUNT_STATE,
  }),
  requestPasswordReset: matrixCase<None>({
    doc: 'mutation($email: String!) { requestPasswordReset(email: $email) }',
    targets: NONE,
    setup: async (ctx) => ({ email: (await ctx.build.resetLink()).email }),
    expect: EVERYONE,
  }),
  resetPassword: matrixCase<None>({
    doc: 'mutation($token: String!) { resetPassword(token: $token, newPassword: "uusi-salasana-12345") }',
    targets: NONE,
    setup: async (ctx) => ({ token: (await ctx.build.resetLink()).token }),
    expect: EVERYONE,
  }),

  // ── Invitations (every role × every target: authorization-matrix-invitations.int-spec.ts).
  inviteUser: matrixCase<OrgKey>({
    doc: 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
    targets: ORG_KEYS,
    setup: (ctx, target) =>
      Promise.resolve({
        input: {
          email: `uusi-${ctx.build.next()}@matriisi.example`,
          role: 'ORG_EDITOR',
          organizationId: ORGS[target],
        },
      }),
    expect: (actor, target) => okIf(adminOf(actor, target)),
  }),
  invitations: matrixCase<None>({
    doc: '{ invitations { totalCount } }',
    targets: NONE,
    expect: SIGNED_IN,
    readOnly: true,
  }),
  revokeInvitation: matrixCase<OrgKey>({
    doc: 'mutation($id: ID!) { revokeInvitation(id: $id) { id } }',
    targets: ORG_KEYS,
    setup: async (ctx, target) => ({
      id: (await ctx.build.invitation({ role: 'ORG_EDITOR', organizationId: ORGS[target] })).id,
    }),
    expect: (actor, target) => okIf(adminOf(actor, target)),
  }),
  // The link's token is the authority: anyone holding it may use it (once).
  acceptInvitation: matrixCase<None>({
    doc: 'mutation($token: String!) { acceptInvitation(token: $token, password: "matriisin-salasana-1", name: "Uusi Toimittaja") { status } }',
    targets: NONE,
    setup: async (ctx) => ({
      token: (
        await ctx.build.invitation({ role: 'ORG_EDITOR', organizationId: ORGS.kaupunkilahetys })
      ).token,
    }),
    expect: EVERYONE,
  }),
  createNetwork: matrixCase<None>({
    doc: 'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }',
    targets: NONE,
    setup: (ctx) => {
      const n = ctx.build.next();
      return Promise.resolve({ input: { slug: `matriisi-${n}`, name: `Matriisiverkosto ${n}` } });
    },
    expect: (actor) => okIf(isAdmin(actor)),
  }),

  // ── The background job queue: platform admins only (issue 14).
  jobQueues: matrixCase<None>({
    doc: '{ jobQueues { name failed } }',
    targets: NONE,
    expect: (actor) => okIf(isAdmin(actor)),
    readOnly: true,
  }),
  failedJobs: matrixCase<None>({
    doc: '{ failedJobs(first: 5) { totalCount } }',
    targets: NONE,
    expect: (actor) => okIf(isAdmin(actor)),
    readOnly: true,
  }),
  retryJob: matrixCase<None>({
    doc: 'mutation($id: ID!) { retryJob(id: $id) { id } }',
    targets: NONE,
    // A job that failed for good (workers are off in the matrix: nothing runs it again).
    setup: async (ctx) => {
      const [job] = await ctx.prisma.$queryRaw<{ id: string }[]>`
        INSERT INTO pgboss.job (name, data, state, completed_on, output)
        VALUES ('mail.sweep', '{}', 'failed', now(), '{"message":"matrix"}')
        RETURNING id::text AS id`;
      return { id: job?.id };
    },
    expect: (actor) => okIf(isAdmin(actor)),
  }),

  // ── The catalogue, in each tenant.
  createService: matrixCase<TenantKey>({
    doc: 'mutation($input: CreateServiceInput!) { createService(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: (_ctx, target) =>
      Promise.resolve({
        input: {
          networkId: NETWORKS[TENANTS[target].network],
          responsibleOrganizationId: ORGS[TENANTS[target].org],
          content: CONTENT,
        },
      }),
    expect: ORG_STAFF,
  }),
  updateService: matrixCase<TenantKey>({
    doc: 'mutation($input: UpdateServiceInput!) { updateService(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      input: {
        id: (await ctx.build.service(TENANTS[target], 'DRAFT')).id,
        expectedVersion: 1,
        content: CONTENT,
      },
    }),
    expect: ORG_STAFF,
  }),
  submitServiceForReview: matrixCase<TenantKey>({
    doc: 'mutation($input: ServiceVersionInput!) { submitServiceForReview(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const draft = await ctx.build.service(TENANTS[target], 'DRAFT');
      // A draft is complete enough to submit once it has somewhere it is (to be) delivered.
      await ctx.build.delivery(draft.id, TENANTS[target].org, 'PLANNING');
      return { input: { id: draft.id, expectedVersion: 1 } };
    },
    expect: ORG_STAFF,
  }),
  approveServiceRevision: matrixCase<TenantKey>({
    doc: 'mutation($input: ApproveRevisionInput!) { approveServiceRevision(input: $input) { id status } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      input: {
        revisionId: (await ctx.build.service(TENANTS[target], 'SUBMITTED')).revisionId,
        expectedVersion: 1,
      },
    }),
    expect: REVIEWERS,
    verify: (data) => {
      expect(data.approveServiceRevision).toMatchObject({ status: 'PUBLISHED' });
    },
  }),
  returnServiceRevision: matrixCase<TenantKey>({
    doc: 'mutation($input: ReturnRevisionInput!) { returnServiceRevision(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      input: {
        revisionId: (await ctx.build.service(TENANTS[target], 'SUBMITTED')).revisionId,
        expectedVersion: 1,
        reason: 'Täydennä.',
      },
    }),
    expect: REVIEWERS,
  }),
  archiveService: matrixCase<TenantKey>({
    doc: 'mutation($input: ServiceVersionInput!) { archiveService(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      input: { id: (await ctx.build.service(TENANTS[target], 'PUBLISHED')).id, expectedVersion: 1 },
    }),
    expect: NETWORK_STAFF,
  }),
  restoreService: matrixCase<TenantKey>({
    doc: 'mutation($input: ServiceVersionInput!) { restoreService(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      input: { id: (await ctx.build.service(TENANTS[target], 'ARCHIVED')).id, expectedVersion: 1 },
    }),
    expect: NETWORK_STAFF,
  }),
  confirmServiceStillValid: matrixCase<TenantKey>({
    doc: 'mutation($id: ID!) { confirmServiceStillValid(id: $id) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      id: (await ctx.build.service(TENANTS[target], 'PUBLISHED')).id,
    }),
    expect: ORG_STAFF,
  }),
  // Deliveries by the tenant's own organisation (other producers and every status change:
  // authorization-matrix-delivery-status.int-spec.ts).
  createServiceDelivery: matrixCase<TenantKey>({
    doc: 'mutation($input: CreateServiceDeliveryInput!) { createServiceDelivery(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      input: {
        serviceId: (await ctx.build.service(TENANTS[target], 'PUBLISHED')).id,
        organizationId: ORGS[TENANTS[target].org],
        areas: { wellbeingAreaCodes: ['05'] },
      },
    }),
    expect: ORG_STAFF,
  }),
  updateServiceDelivery: matrixCase<TenantKey>({
    doc: 'mutation($input: UpdateServiceDeliveryInput!) { updateServiceDelivery(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const service = await ctx.build.service(TENANTS[target], 'PUBLISHED');
      const delivery = await ctx.build.delivery(service.id, TENANTS[target].org, 'ACTIVE');
      return { input: { id: delivery.id, expectedVersion: 1, acceptingClients: false } };
    },
    expect: ORG_STAFF,
  }),
  removeServiceDelivery: matrixCase<TenantKey>({
    doc: 'mutation($input: RemoveServiceDeliveryInput!) { removeServiceDelivery(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const service = await ctx.build.service(TENANTS[target], 'PUBLISHED');
      const delivery = await ctx.build.delivery(service.id, TENANTS[target].org, 'ACTIVE');
      return { input: { id: delivery.id, expectedVersion: 1 } };
    },
    expect: ORG_STAFF,
  }),
  // Deployment planning: progress by the producer's staff and coordinators; going live is the
  // coordinators'.
  updateReadinessItem: matrixCase<TenantKey>({
    doc: 'mutation($input: UpdateReadinessItemInput!) { updateReadinessItem(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const service = await ctx.build.service(TENANTS[target], 'PUBLISHED');
      const delivery = await ctx.build.delivery(service.id, TENANTS[target].org, 'PLANNING', {
        readiness: true,
      });
      return { input: { id: delivery.itemId, status: 'IN_PROGRESS' } };
    },
    expect: NETWORK_STAFF,
  }),
  activateServiceDelivery: matrixCase<TenantKey>({
    doc: 'mutation($input: ActivateServiceDeliveryInput!) { activateServiceDelivery(input: $input) { id status } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const service = await ctx.build.service(TENANTS[target], 'PUBLISHED');
      const delivery = await ctx.build.delivery(service.id, TENANTS[target].org, 'PLANNING', {
        readiness: true,
      });
      return { input: { id: delivery.id, expectedVersion: 1, acknowledgeIncomplete: true } };
    },
    expect: REVIEWERS,
    verify: (data) => {
      expect(data.activateServiceDelivery).toMatchObject({ status: 'ACTIVE' });
    },
  }),

  // ── Networks: settings, taxonomy, checklist, synonyms and members (their coordinators).
  updateReadinessTemplate: matrixCase<NetworkKey>({
    doc: 'mutation($input: UpdateReadinessTemplateInput!) { updateReadinessTemplate(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: (_ctx, target) =>
      Promise.resolve({
        input: { networkId: NETWORKS[target], items: [{ title: { fi: 'Ydintarkoitus' } }] },
      }),
    expect: COORDINATORS,
  }),
  createOrganization: matrixCase<NetworkKey>({
    doc: 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: (ctx, target) =>
      Promise.resolve({
        input: {
          networkId: NETWORKS[target],
          role: 'MEMBER',
          profile: { name: `Matriisiyhdistys ${ctx.build.next()} ry` },
        },
      }),
    expect: COORDINATORS,
  }),
  // An organisation's profile: its own admins (in whichever network it is a member).
  updateOrganization: matrixCase<OrgKey>({
    doc: 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }',
    targets: ORG_KEYS,
    setup: (_ctx, target) =>
      Promise.resolve({ input: { id: ORGS[target], profile: { name: ORG_NAMES[target] } } }),
    expect: (actor, target) => okIf(adminOf(actor, target)),
  }),
  updateNetworkSettings: matrixCase<NetworkKey>({
    doc: 'mutation($input: UpdateNetworkSettingsInput!) { updateNetworkSettings(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: (_ctx, target) =>
      Promise.resolve({ input: { networkId: NETWORKS[target], primaryColor: '#1a5e8c' } }),
    expect: COORDINATORS,
  }),
  updateNetworkFreshnessPolicy: matrixCase<NetworkKey>({
    doc: 'mutation($input: UpdateFreshnessPolicyInput!) { updateNetworkFreshnessPolicy(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: (_ctx, target) =>
      Promise.resolve({
        input: { networkId: NETWORKS[target], remindMonths: 11, staleMonths: 12, hideMonths: 18 },
      }),
    expect: COORDINATORS,
  }),
  updateNetworkEventSettings: matrixCase<NetworkKey>({
    doc: 'mutation($input: UpdateEventSettingsInput!) { updateNetworkEventSettings(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: (_ctx, target) =>
      Promise.resolve({
        input: { networkId: NETWORKS[target], eventsRequireReview: true, signupRetentionDays: 30 },
      }),
    expect: COORDINATORS,
  }),
  createTaxonomyTerm: matrixCase<NetworkKey>({
    doc: 'mutation($input: CreateTaxonomyTermInput!) { createTaxonomyTerm(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: (ctx, target) =>
      Promise.resolve({
        input: {
          networkId: NETWORKS[target],
          kind: 'THEME',
          label: { fi: 'Matriisi' },
          slug: `matriisi-uusi-${ctx.build.next()}`,
        },
      }),
    expect: COORDINATORS,
  }),
  updateTaxonomyTerm: matrixCase<NetworkKey>({
    doc: 'mutation($input: UpdateTaxonomyTermInput!) { updateTaxonomyTerm(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({
      input: { id: await ctx.build.term(target, false), label: { fi: 'Matriisi muutettu' } },
    }),
    expect: COORDINATORS,
  }),
  archiveTaxonomyTerm: matrixCase<NetworkKey>({
    doc: 'mutation($id: ID!) { archiveTaxonomyTerm(id: $id) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({ id: await ctx.build.term(target, false) }),
    expect: COORDINATORS,
  }),
  restoreTaxonomyTerm: matrixCase<NetworkKey>({
    doc: 'mutation($id: ID!) { restoreTaxonomyTerm(id: $id) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({ id: await ctx.build.term(target, true) }),
    expect: COORDINATORS,
  }),
  createSearchSynonym: matrixCase<NetworkKey>({
    doc: 'mutation($input: CreateSearchSynonymInput!) { createSearchSynonym(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: (ctx, target) =>
      Promise.resolve({
        input: {
          networkId: NETWORKS[target],
          language: 'fi',
          words: [`matriisi${ctx.build.next()}`, 'ero'],
        },
      }),
    expect: COORDINATORS,
  }),
  updateSearchSynonym: matrixCase<NetworkKey>({
    doc: 'mutation($input: UpdateSearchSynonymInput!) { updateSearchSynonym(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({
      input: {
        id: await ctx.build.synonym(target),
        words: [`matriisic${ctx.build.next()}`, 'ero'],
      },
    }),
    expect: COORDINATORS,
  }),
  deleteSearchSynonym: matrixCase<NetworkKey>({
    doc: 'mutation($id: ID!) { deleteSearchSynonym(id: $id) }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({ id: await ctx.build.synonym(target) }),
    expect: COORDINATORS,
  }),
  // A shared organisation's membership in one network is that network's coordinators' alone.
  suspendNetworkMembership: matrixCase<MembershipKey>({
    doc: 'mutation($input: ChangeMembershipInput!) { suspendNetworkMembership(input: $input) { id } }',
    targets: MEMBERSHIPS,
    setup: async (ctx, target) => ({
      input: { id: await membership(ctx, target, 'ACTIVE'), reason: 'Matriisi' },
    }),
    expect: (actor, target) => okIf(coordinates(actor, MEMBERSHIP_NETWORK[target])),
  }),
  reactivateNetworkMembership: matrixCase<MembershipKey>({
    doc: 'mutation($input: ChangeMembershipInput!) { reactivateNetworkMembership(input: $input) { id } }',
    targets: MEMBERSHIPS,
    setup: async (ctx, target) => ({
      input: { id: await membership(ctx, target, 'SUSPENDED') },
    }),
    expect: (actor, target) => okIf(coordinates(actor, MEMBERSHIP_NETWORK[target])),
  }),
  endNetworkMembership: matrixCase<MembershipKey>({
    doc: 'mutation($input: ChangeMembershipInput!) { endNetworkMembership(input: $input) { id } }',
    targets: MEMBERSHIPS,
    setup: async (ctx, target) => ({
      input: { id: await membership(ctx, target, 'ACTIVE'), reason: 'Matriisi' },
    }),
    expect: (actor, target) => okIf(coordinates(actor, MEMBERSHIP_NETWORK[target])),
  }),

  // ── Info session series (issue 15): readers are the network's coordinators, professionals and
  // member staff; the coordinators plan; the invited organisation's admins answer.
  infoSeriesList: matrixCase<NetworkKey>({
    doc: 'query($slug: String!) { infoSeriesList(networkSlug: $slug, first: 5) { totalCount } }',
    targets: NETWORK_KEYS,
    setup: (_ctx, target) => Promise.resolve({ slug: NETWORK_SLUGS[target] }),
    expect: SIGNED_IN,
    readOnly: true,
  }),
  infoSeries: matrixCase<NetworkKey>({
    doc: 'query($id: ID!) { infoSeries(id: $id) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({ id: await buildSeries(ctx, target) }),
    expect: (actor, target) => okIf(readsSeries(actor, target)),
    readOnly: true,
  }),
  infoSession: matrixCase<NetworkKey>({
    doc: 'query($id: ID!) { infoSession(id: $id) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({ id: (await buildSession(ctx, target)).sessionId }),
    expect: (actor, target) => okIf(readsSeries(actor, target)),
    readOnly: true,
  }),
  pastInfoSessions: matrixCase<NetworkKey>({
    doc: 'query($slug: String!) { pastInfoSessions(networkSlug: $slug, first: 5) { totalCount } }',
    targets: NETWORK_KEYS,
    setup: (_ctx, target) => Promise.resolve({ slug: NETWORK_SLUGS[target] }),
    expect: SIGNED_IN,
    readOnly: true,
  }),
  myPresentationInvitations: matrixCase<None>({
    doc: '{ myPresentationInvitations(first: 5) { totalCount } }',
    targets: NONE,
    expect: SIGNED_IN,
    readOnly: true,
  }),
  createInfoSeries: matrixCase<NetworkKey>({
    doc: 'mutation($input: CreateInfoSeriesInput!) { createInfoSeries(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: (_ctx, target) =>
      Promise.resolve({
        input: {
          networkId: NETWORKS[target],
          title: { fi: 'Matriisin järjestöinfo' },
          weekday: 4,
          startTime: '14:00',
        },
      }),
    expect: COORDINATORS,
  }),
  updateInfoSeries: matrixCase<NetworkKey>({
    doc: 'mutation($input: UpdateInfoSeriesInput!) { updateInfoSeries(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({
      input: { id: await buildSeries(ctx, target), facilitatorName: 'Matriisi Juontaja' },
    }),
    expect: COORDINATORS,
  }),
  planInfoSeriesTerm: matrixCase<NetworkKey>({
    doc: 'mutation($input: PlanInfoSeriesTermInput!) { planInfoSeriesTerm(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({
      input: { seriesId: await buildSeries(ctx, target), from: '2030-01-01', to: '2030-01-31' },
    }),
    expect: COORDINATORS,
  }),
  invitePresenter: matrixCase<TenantKey>({
    doc: 'mutation($input: InvitePresenterInput!) { invitePresenter(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      input: {
        eventId: (await buildSession(ctx, TENANTS[target].network)).sessionId,
        organizationId: ORGS[TENANTS[target].org],
      },
    }),
    expect: REVIEWERS,
  }),
  respondToPresentation: matrixCase<TenantKey>({
    doc: 'mutation($input: RespondToPresentationInput!) { respondToPresentation(input: $input) { id status } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      input: {
        presentationId: (
          await buildSession(ctx, TENANTS[target].network, { presenter: TENANTS[target].org })
        ).presentationId,
        accept: true,
      },
    }),
    expect: (actor, target) => okIf(adminOf(actor, TENANTS[target].org)),
  }),
  withdrawPresentation: matrixCase<TenantKey>({
    doc: 'mutation($id: ID!) { withdrawPresentation(id: $id) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      id: (
        await buildSession(ctx, TENANTS[target].network, {
          presenter: TENANTS[target].org,
          status: 'ACCEPTED',
        })
      ).presentationId,
    }),
    expect: REVIEWERS,
  }),
  setSessionRecording: matrixCase<NetworkKey>({
    doc: 'mutation($input: SetSessionRecordingInput!) { setSessionRecording(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({
      input: {
        eventId: (await buildSession(ctx, target, { past: true })).sessionId,
        recordingUrl: 'https://video.example/matriisi',
        attendanceCount: 12,
      },
    }),
    expect: COORDINATORS,
  }),
  subscribeToInfoSeries: matrixCase<NetworkKey>({
    doc: 'mutation($id: ID!) { subscribeToInfoSeries(seriesId: $id) { id isSubscribed } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({ id: await buildSeries(ctx, target) }),
    expect: (actor, target) => okIf(readsSeries(actor, target)),
  }),
  unsubscribeFromInfoSeries: matrixCase<NetworkKey>({
    doc: 'mutation($id: ID!) { unsubscribeFromInfoSeries(seriesId: $id) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({ id: await buildSeries(ctx, target) }),
    expect: (actor, target) => okIf(readsSeries(actor, target)),
    readOnly: true,
  }),
};

describe(`authorization matrix on ${DB_MODE_LABEL} (real sessions)`, () => {
  let ctx: MatrixContext;

  beforeAll(async () => {
    ctx = await startMatrix();
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    const targets = Object.values(MATRIX).reduce((sum, c) => sum + c.targets.length, 0);
    process.stdout.write(
      `authorization matrix: ${Object.keys(MATRIX).length} operations, ${targets} operation × target pairs × ${ACTORS.length} actors = ${countCases(MATRIX)} cases\n`,
    );
    await ctx.api.close();
  });

  it('covers every query and mutation of the schema', () => {
    const { schema } = ctx.api.app.get(GraphQLSchemaHost);
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ].sort();

    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  describeMatrix(() => ctx, MATRIX);
});
