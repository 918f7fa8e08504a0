import {
  type Database,
  DEMO_PASSWORD,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  PrismaClient,
} from '@linja/db';
import { GraphQLSchemaHost } from '@nestjs/graphql';

import { DATABASE } from '../../../src/database/database.tokens';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import {
  ALL_ROLES,
  databaseDigest,
  type Fixture,
  makeFixture,
  type Role,
  ROLES,
} from './authorization-matrix.fixtures';

interface Case {
  /** The GraphQL document (one operation, one root field). */
  doc: string;
  variables?: (fixture: Fixture) => Record<string, unknown>;
  /** Roles for which the call succeeds; every other role must be refused and change nothing. */
  allowed: readonly Role[];
}

const EVERYONE = ALL_ROLES;
const SIGNED_IN = ALL_ROLES.filter((role) => role !== 'anonymous');
const ORG_STAFF: Role[] = ['platformAdmin', 'orgAdmin', 'editor'];
const NETWORK_STAFF: Role[] = ['platformAdmin', 'coordinator', 'orgAdmin', 'editor'];
const REVIEWERS: Role[] = ['platformAdmin', 'coordinator'];
const CONTENT = { name: { fi: 'Matriisin muokkaus' } };
const UNKNOWN_ID = '5a1e0b6e-0c1f-4c3e-9d0a-999999999999';

/**
 * Every query and mutation of the schema, with who may call it against the Turku association's data
 * (own organisation), another organisation of the same network, and another network. A new operation
 * must be added here, or the completeness test fails.
 */
const MATRIX: Record<string, Case> = {
  // Public reference data and brands.
  networks: { doc: '{ networks { totalCount } }', allowed: EVERYONE },
  network: { doc: '{ network(slug: "perhelinja") { id } }', allowed: EVERYONE },
  organization: { doc: `{ organization(id: "${ORG_TURKU_ETK}") { id } }`, allowed: EVERYONE },
  municipalities: { doc: '{ municipalities(first: 5) { totalCount } }', allowed: EVERYONE },
  municipality: { doc: '{ municipality(code: "398") { code } }', allowed: EVERYONE },
  wellbeingAreas: { doc: '{ wellbeingAreas { totalCount } }', allowed: EVERYONE },
  wellbeingArea: { doc: '{ wellbeingArea(code: "09") { code } }', allowed: EVERYONE },
  regions: { doc: '{ regions { totalCount } }', allowed: EVERYONE },
  services: { doc: '{ services(first: 5) { totalCount } }', allowed: EVERYONE },
  searchServices: {
    doc: '{ searchServices(input: { text: "turvakoti" }, first: 5) { totalCount } }',
    allowed: EVERYONE,
  },
  // A draft is seen by its organisation's staff and its network's coordinators only.
  service: {
    doc: 'query($id: ID!) { service(id: $id) { id } }',
    variables: (f) => ({ id: f.draft.id }),
    allowed: NETWORK_STAFF,
  },
  // Identity.
  me: { doc: '{ me { id } }', allowed: EVERYONE },
  mySessions: { doc: '{ mySessions { totalCount } }', allowed: SIGNED_IN },
  signIn: {
    doc: 'mutation($p: String!) { signIn(email: "toimittaja@turku.example", password: $p) { status } }',
    variables: () => ({ p: DEMO_PASSWORD }),
    allowed: EVERYONE,
  },
  createApiToken: {
    doc: 'mutation($p: String!) { createApiToken(email: "toimittaja@turku.example", password: $p) { expiresAt } }',
    variables: () => ({ p: DEMO_PASSWORD }),
    allowed: EVERYONE,
  },
  signOut: { doc: 'mutation { signOut }', allowed: EVERYONE },
  revokeSession: { doc: `mutation { revokeSession(id: "${UNKNOWN_ID}") }`, allowed: [] },
  // Invitations: org admins invite their organisation's editors (platform admins anyone).
  inviteUser: {
    doc: 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
    variables: (f) => ({
      input: {
        email: `uusi-${f.n}@matriisi.example`,
        role: 'ORG_EDITOR',
        organizationId: ORG_TURKU_ETK,
      },
    }),
    allowed: ['platformAdmin', 'orgAdmin'],
  },
  invitations: { doc: '{ invitations { totalCount } }', allowed: SIGNED_IN },
  revokeInvitation: {
    doc: 'mutation($id: ID!) { revokeInvitation(id: $id) { id } }',
    variables: (f) => ({ id: f.invitation.id }),
    allowed: ['platformAdmin', 'orgAdmin'],
  },
  // The link's token is the authority: anyone holding it may use it (once).
  acceptInvitation: {
    doc: 'mutation($token: String!) { acceptInvitation(token: $token, password: "matriisin-salasana-1", name: "Uusi Toimittaja") { status } }',
    variables: (f) => ({ token: f.invitation.token }),
    allowed: EVERYONE,
  },
  requestPasswordReset: {
    doc: 'mutation($email: String!) { requestPasswordReset(email: $email) }',
    variables: (f) => ({ email: `unohtaja-${f.n}@matriisi.example` }),
    allowed: EVERYONE,
  },
  resetPassword: {
    doc: 'mutation($token: String!) { resetPassword(token: $token, newPassword: "uusi-salasana-12345") }',
    variables: (f) => ({ token: f.resetToken }),
    allowed: EVERYONE,
  },
  // A second factor belongs to an account; the development actors have none.
  startTotpSetup: { doc: 'mutation { startTotpSetup { otpauthUri } }', allowed: [] },
  confirmTotpSetup: { doc: 'mutation { confirmTotpSetup(code: "123456") { id } }', allowed: [] },
  disableTotp: {
    doc: 'mutation { disableTotp(password: "x", code: "123456") { id } }',
    allowed: [],
  },
  createNetwork: {
    doc: 'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }',
    variables: (f) => ({ input: { slug: `matriisi-${f.n}`, name: `Matriisiverkosto ${f.n}` } }),
    allowed: ['platformAdmin'],
  },
  // The catalogue.
  createService: {
    doc: 'mutation($input: CreateServiceInput!) { createService(input: $input) { id } }',
    variables: () => ({
      input: {
        networkId: PERHELINJA_ID,
        responsibleOrganizationId: ORG_TURKU_ETK,
        content: CONTENT,
      },
    }),
    allowed: ORG_STAFF,
  },
  updateService: {
    doc: 'mutation($input: UpdateServiceInput!) { updateService(input: $input) { id } }',
    variables: (f) => ({ input: { id: f.draft.id, expectedVersion: 1, content: CONTENT } }),
    allowed: ORG_STAFF,
  },
  submitServiceForReview: {
    doc: 'mutation($input: ServiceVersionInput!) { submitServiceForReview(input: $input) { id } }',
    variables: (f) => ({ input: { id: f.draft.id, expectedVersion: 1 } }),
    allowed: ORG_STAFF,
  },
  approveServiceRevision: {
    doc: 'mutation($input: ReviewRevisionInput!) { approveServiceRevision(input: $input) { id } }',
    variables: (f) => ({ input: { revisionId: f.submitted.revisionId, expectedVersion: 1 } }),
    allowed: REVIEWERS,
  },
  returnServiceRevision: {
    doc: 'mutation($input: ReturnRevisionInput!) { returnServiceRevision(input: $input) { id } }',
    variables: (f) => ({
      input: { revisionId: f.submitted.revisionId, expectedVersion: 1, reason: 'Täydennä.' },
    }),
    allowed: REVIEWERS,
  },
  archiveService: {
    doc: 'mutation($input: ServiceVersionInput!) { archiveService(input: $input) { id } }',
    variables: (f) => ({ input: { id: f.published.id, expectedVersion: 1 } }),
    allowed: NETWORK_STAFF,
  },
  restoreService: {
    doc: 'mutation($input: ServiceVersionInput!) { restoreService(input: $input) { id } }',
    variables: (f) => ({ input: { id: f.archived.id, expectedVersion: 1 } }),
    allowed: NETWORK_STAFF,
  },
  confirmServiceStillValid: {
    doc: 'mutation($id: ID!) { confirmServiceStillValid(id: $id) { id } }',
    variables: (f) => ({ id: f.published.id }),
    allowed: ORG_STAFF,
  },
  createServiceDelivery: {
    doc: 'mutation($input: CreateServiceDeliveryInput!) { createServiceDelivery(input: $input) { id } }',
    variables: (f) => ({
      input: {
        serviceId: f.published.id,
        organizationId: ORG_TURKU_ETK,
        areas: { wellbeingAreaCodes: ['05'] },
      },
    }),
    allowed: ORG_STAFF,
  },
  updateServiceDelivery: {
    doc: 'mutation($input: UpdateServiceDeliveryInput!) { updateServiceDelivery(input: $input) { id } }',
    variables: (f) => ({
      input: { id: f.deliveryId, expectedVersion: 1, acceptingClients: false },
    }),
    allowed: ORG_STAFF,
  },
  removeServiceDelivery: {
    doc: 'mutation($input: RemoveServiceDeliveryInput!) { removeServiceDelivery(input: $input) { id } }',
    variables: (f) => ({ input: { id: f.deliveryId, expectedVersion: 1 } }),
    allowed: ORG_STAFF,
  },
  // Deployment planning: progress by the producer's staff and coordinators; going live and the
  // checklist itself are the coordinators'.
  updateReadinessItem: {
    doc: 'mutation($input: UpdateReadinessItemInput!) { updateReadinessItem(input: $input) { id } }',
    variables: (f) => ({ input: { id: f.planned.itemId, status: 'IN_PROGRESS' } }),
    allowed: NETWORK_STAFF,
  },
  activateServiceDelivery: {
    doc: 'mutation($input: ActivateServiceDeliveryInput!) { activateServiceDelivery(input: $input) { id } }',
    variables: (f) => ({
      input: { id: f.planned.deliveryId, expectedVersion: 1, acknowledgeIncomplete: true },
    }),
    allowed: REVIEWERS,
  },
  updateReadinessTemplate: {
    doc: 'mutation($input: UpdateReadinessTemplateInput!) { updateReadinessTemplate(input: $input) { id } }',
    variables: () => ({
      input: { networkId: PERHELINJA_ID, items: [{ title: { fi: 'Ydintarkoitus' } }] },
    }),
    allowed: REVIEWERS,
  },
  // Networks and organisations.
  createOrganization: {
    doc: 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
    variables: () => ({
      input: { networkId: PERHELINJA_ID, role: 'MEMBER', profile: { name: 'Matriisiyhdistys ry' } },
    }),
    allowed: REVIEWERS,
  },
  updateOrganization: {
    doc: 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }',
    variables: () => ({
      input: { id: ORG_TURKU_ETK, profile: { name: 'Turun ensi- ja turvakoti ry' } },
    }),
    allowed: ['platformAdmin', 'orgAdmin'],
  },
  // Network settings, taxonomy and memberships: the network's coordinators.
  updateNetworkSettings: {
    doc: 'mutation($input: UpdateNetworkSettingsInput!) { updateNetworkSettings(input: $input) { id } }',
    variables: () => ({ input: { networkId: PERHELINJA_ID, primaryColor: '#1a5e8c' } }),
    allowed: REVIEWERS,
  },
  createTaxonomyTerm: {
    doc: 'mutation($input: CreateTaxonomyTermInput!) { createTaxonomyTerm(input: $input) { id } }',
    variables: (f) => ({
      input: {
        networkId: PERHELINJA_ID,
        kind: 'THEME',
        label: { fi: 'Matriisi' },
        slug: `matriisi-uusi-${f.n}`,
      },
    }),
    allowed: REVIEWERS,
  },
  updateTaxonomyTerm: {
    doc: 'mutation($input: UpdateTaxonomyTermInput!) { updateTaxonomyTerm(input: $input) { id } }',
    variables: (f) => ({ input: { id: f.termId, label: { fi: 'Matriisi muutettu' } } }),
    allowed: REVIEWERS,
  },
  archiveTaxonomyTerm: {
    doc: 'mutation($id: ID!) { archiveTaxonomyTerm(id: $id) { id } }',
    variables: (f) => ({ id: f.termId }),
    allowed: REVIEWERS,
  },
  restoreTaxonomyTerm: {
    doc: 'mutation($id: ID!) { restoreTaxonomyTerm(id: $id) { id } }',
    variables: (f) => ({ id: f.archivedTermId }),
    allowed: REVIEWERS,
  },
  suspendNetworkMembership: {
    doc: 'mutation($input: ChangeMembershipInput!) { suspendNetworkMembership(input: $input) { id } }',
    variables: (f) => ({ input: { id: f.membershipId, reason: 'Matriisi' } }),
    allowed: REVIEWERS,
  },
  reactivateNetworkMembership: {
    doc: 'mutation($input: ChangeMembershipInput!) { reactivateNetworkMembership(input: $input) { id } }',
    variables: (f) => ({ input: { id: f.suspendedMembershipId } }),
    allowed: REVIEWERS,
  },
  endNetworkMembership: {
    doc: 'mutation($input: ChangeMembershipInput!) { endNetworkMembership(input: $input) { id } }',
    variables: (f) => ({ input: { id: f.membershipId, reason: 'Matriisi' } }),
    allowed: REVIEWERS,
  },
  updateNetworkFreshnessPolicy: {
    doc: 'mutation($input: UpdateFreshnessPolicyInput!) { updateNetworkFreshnessPolicy(input: $input) { id } }',
    variables: () => ({
      input: { networkId: PERHELINJA_ID, remindMonths: 11, staleMonths: 12, hideMonths: 18 },
    }),
    allowed: REVIEWERS,
  },
  // The network's search synonyms: its coordinators. Targets are Perhelinja's demo groups
  // (packages/db/src/seed/demo/synonyms.ts, ids …-9010000000NN); each delete takes another group.
  createSearchSynonym: {
    doc: 'mutation($input: CreateSearchSynonymInput!) { createSearchSynonym(input: $input) { id } }',
    variables: (f) => ({
      input: { networkId: PERHELINJA_ID, language: 'fi', words: [`matriisi${f.n}`, 'ero'] },
    }),
    allowed: REVIEWERS,
  },
  updateSearchSynonym: {
    doc: 'mutation($input: UpdateSearchSynonymInput!) { updateSearchSynonym(input: $input) { id } }',
    variables: () => ({
      input: { id: '5a1e0b6e-0c1f-4c3e-9d0a-901000000001', words: ['ero', 'avioero', 'eroaminen'] },
    }),
    allowed: REVIEWERS,
  },
  deleteSearchSynonym: {
    doc: 'mutation($id: ID!) { deleteSearchSynonym(id: $id) }',
    variables: (f) => ({
      id: `5a1e0b6e-0c1f-4c3e-9d0a-9010000000${String(2 + (f.n % 14)).padStart(2, '0')}`,
    }),
    allowed: REVIEWERS,
  },
};

const REFUSAL_CODES = ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];

describe(`authorization matrix on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let database: Database;

  beforeAll(async () => {
    // Every role signs in as the same demo user here: lift the per-minute limit (tested elsewhere).
    api = await startTestApp({
      SIGN_IN_RATE_LIMIT_PER_MINUTE: '1000',
      PASSWORD_RESET_RATE_LIMIT_PER_15_MINUTES: '1000',
    });
    prisma = api.app.get(PrismaClient);
    database = api.app.get<Database>(DATABASE);
  });

  afterAll(async () => {
    await api.close();
  });

  it('covers every query and mutation of the schema', () => {
    const { schema } = api.app.get(GraphQLSchemaHost);
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ].sort();

    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  describe.each(Object.entries(MATRIX))('%s', (_operation, testCase) => {
    it.each(ALL_ROLES)('as %s', async (role) => {
      const fixture = await makeFixture(prisma);
      const before = await databaseDigest(database);

      const result = await api.graphql(
        testCase.doc,
        testCase.variables?.(fixture) ?? {},
        ROLES[role],
      );

      if (testCase.allowed.includes(role)) {
        expect(result.errors).toBeUndefined();
        return;
      }
      // A refusal is one of the three codes, never a validation error that could hide a missing check.
      expect(REFUSAL_CODES).toContain(result.errors?.[0]?.extensions?.code);
      expect(await databaseDigest(database)).toBe(before);
    });
  });
});
