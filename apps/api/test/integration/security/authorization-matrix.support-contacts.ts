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
  okIf,
  ORGS,
  TENANT_KEYS,
  type TenantKey,
  TENANTS,
} from './authorization-matrix.fixtures';

/**
 * Support contacts (issue 16) in the authorization matrix: the log, its topics and its trend are for
 * the network's coordinators (and platform admins) only — not the organisations the contacts are
 * about, not professionals, not another network's coordinators.
 */

const COORDINATORS = (actor: ActorSpec, target: NetworkKey) => okIf(coordinates(actor, target));
const TENANT_COORDINATORS = (actor: ActorSpec, target: TenantKey) =>
  okIf(coordinates(actor, TENANTS[target].network));

async function buildTopic(ctx: MatrixContext, network: NetworkKey): Promise<string> {
  const n = ctx.build.next();
  const row = await ctx.prisma.supportTopic.create({
    data: { networkId: NETWORKS[network], slug: `matriisi-${n}`, label: { fi: `Matriisi ${n}` } },
  });
  return row.id;
}

/** A contact of the tenant's organisation in the tenant's network, with one topic. */
async function buildContact(
  ctx: MatrixContext,
  target: TenantKey,
  status: 'OPEN' | 'CLOSED' = 'OPEN',
): Promise<{ id: string; topicId: string }> {
  const tenant = TENANTS[target];
  const topicId = await buildTopic(ctx, tenant.network);
  const row = await ctx.prisma.supportContact.create({
    data: {
      networkId: NETWORKS[tenant.network],
      organizationId: ORGS[tenant.org],
      contactedOn: new Date('2026-01-15T00:00:00.000Z'),
      channel: 'PHONE',
      status,
      topics: { create: [{ topicId }] },
    },
  });
  return { id: row.id, topicId };
}

export const SUPPORT_CONTACT_MATRIX: Record<string, MatrixCase<string>> = {
  supportTopics: matrixCase<NetworkKey>({
    doc: 'query($slug: String!) { supportTopics(networkSlug: $slug, first: 5) { totalCount } }',
    targets: NETWORK_KEYS,
    setup: (_ctx, target) => Promise.resolve({ slug: NETWORK_SLUGS[target] }),
    expect: COORDINATORS,
    readOnly: true,
  }),
  supportContacts: matrixCase<NetworkKey>({
    doc: 'query($slug: String!) { supportContacts(networkSlug: $slug, first: 5) { totalCount } }',
    targets: NETWORK_KEYS,
    setup: (_ctx, target) => Promise.resolve({ slug: NETWORK_SLUGS[target] }),
    expect: COORDINATORS,
    readOnly: true,
  }),
  supportContactTrend: matrixCase<NetworkKey>({
    doc: 'query($slug: String!) { supportContactTrend(networkSlug: $slug, fromYear: 2025, toYear: 2026) { totals } }',
    targets: NETWORK_KEYS,
    setup: (_ctx, target) => Promise.resolve({ slug: NETWORK_SLUGS[target] }),
    expect: COORDINATORS,
    readOnly: true,
  }),
  supportContact: matrixCase<TenantKey>({
    doc: 'query($id: ID!) { supportContact(id: $id) { id note } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({ id: (await buildContact(ctx, target)).id }),
    expect: TENANT_COORDINATORS,
    readOnly: true,
  }),
  createSupportTopic: matrixCase<NetworkKey>({
    doc: 'mutation($input: CreateSupportTopicInput!) { createSupportTopic(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: (ctx, target) =>
      Promise.resolve({
        input: { networkId: NETWORKS[target], label: { fi: `Matriisin aihe ${ctx.build.next()}` } },
      }),
    expect: COORDINATORS,
  }),
  updateSupportTopic: matrixCase<NetworkKey>({
    doc: 'mutation($input: UpdateSupportTopicInput!) { updateSupportTopic(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({
      input: { id: await buildTopic(ctx, target), label: { fi: 'Muutettu' } },
    }),
    expect: COORDINATORS,
  }),
  archiveSupportTopic: matrixCase<NetworkKey>({
    doc: 'mutation($id: ID!) { archiveSupportTopic(id: $id) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({ id: await buildTopic(ctx, target) }),
    expect: COORDINATORS,
  }),
  restoreSupportTopic: matrixCase<NetworkKey>({
    doc: 'mutation($id: ID!) { restoreSupportTopic(id: $id) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => {
      const id = await buildTopic(ctx, target);
      await ctx.prisma.supportTopic.update({ where: { id }, data: { archivedAt: new Date() } });
      return { id };
    },
    expect: COORDINATORS,
  }),
  logSupportContact: matrixCase<TenantKey>({
    doc: 'mutation($input: LogSupportContactInput!) { logSupportContact(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      input: {
        networkId: NETWORKS[TENANTS[target].network],
        organizationId: ORGS[TENANTS[target].org],
        contactedOn: '2026-01-15',
        channel: 'EMAIL',
        topicIds: [await buildTopic(ctx, TENANTS[target].network)],
      },
    }),
    expect: TENANT_COORDINATORS,
  }),
  updateSupportContact: matrixCase<TenantKey>({
    doc: 'mutation($input: UpdateSupportContactInput!) { updateSupportContact(input: $input) { id } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      input: {
        id: (await buildContact(ctx, target)).id,
        note: 'Matriisin muutos',
        channel: 'CHAT',
      },
    }),
    expect: TENANT_COORDINATORS,
  }),
  setSupportContactStatus: matrixCase<TenantKey>({
    doc: 'mutation($input: SetSupportContactStatusInput!) { setSupportContactStatus(input: $input) { id status } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => ({
      input: { id: (await buildContact(ctx, target)).id, status: 'CLOSED' },
    }),
    expect: TENANT_COORDINATORS,
  }),
};
