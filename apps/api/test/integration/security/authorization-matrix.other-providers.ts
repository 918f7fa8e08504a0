import {
  coordinates,
  type MatrixCase,
  matrixCase,
  type MatrixContext,
  NETWORK_KEYS,
  type NetworkKey,
  NETWORKS,
  okIf,
  type ActorSpec,
} from './authorization-matrix.fixtures';

/**
 * Other providers (issue 18, the "pie") in the authorization matrix. The network's list is its
 * coordinators' (and platform admins'); member organisations' staff only when the network allows it,
 * which is off here (the setting's path has its own test in other-providers.int-spec.ts). Reading
 * what fits a search (`Network.otherHelp`) is public (…-nested).
 */

const COORDINATORS = (actor: ActorSpec, target: NetworkKey) => okIf(coordinates(actor, target));

async function provider(
  ctx: MatrixContext,
  network: NetworkKey,
  archived = false,
): Promise<string> {
  const row = await ctx.prisma.otherProvider.create({
    data: {
      networkId: NETWORKS[network],
      name: `Matriisin muu auttaja ${ctx.build.next()}`,
      description: { fi: 'Matriisi' },
      isNationwide: true,
      archivedAt: archived ? new Date() : null,
    },
  });
  return row.id;
}

export const OTHER_PROVIDER_MATRIX: Record<string, MatrixCase<string>> = {
  createOtherProvider: matrixCase<NetworkKey>({
    doc: 'mutation($input: CreateOtherProviderInput!) { createOtherProvider(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: (ctx, target) =>
      Promise.resolve({
        input: {
          networkId: NETWORKS[target],
          name: `Matriisi ${ctx.build.next()}`,
          description: { fi: 'Matriisi' },
          isOnline: true,
        },
      }),
    expect: COORDINATORS,
  }),
  updateOtherProvider: matrixCase<NetworkKey>({
    doc: 'mutation($input: UpdateOtherProviderInput!) { updateOtherProvider(input: $input) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({
      input: { id: await provider(ctx, target), expectedVersion: 1, phone: '080 000 000' },
    }),
    expect: COORDINATORS,
  }),
  markOtherProviderChecked: matrixCase<NetworkKey>({
    doc: 'mutation($id: ID!) { markOtherProviderChecked(id: $id) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({ id: await provider(ctx, target) }),
    expect: COORDINATORS,
  }),
  archiveOtherProvider: matrixCase<NetworkKey>({
    doc: 'mutation($id: ID!) { archiveOtherProvider(id: $id) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({ id: await provider(ctx, target) }),
    expect: COORDINATORS,
  }),
  restoreOtherProvider: matrixCase<NetworkKey>({
    doc: 'mutation($id: ID!) { restoreOtherProvider(id: $id) { id } }',
    targets: NETWORK_KEYS,
    setup: async (ctx, target) => ({ id: await provider(ctx, target, true) }),
    expect: COORDINATORS,
  }),
  // Turning it on and straight back off would need two calls; false keeps the matrix's state.
  updateOtherProviderSettings: matrixCase<NetworkKey>({
    doc: 'mutation($id: ID!) { updateOtherProviderSettings(networkId: $id, membersMayManage: false) { id } }',
    targets: NETWORK_KEYS,
    setup: (_ctx, target) => Promise.resolve({ id: NETWORKS[target] }),
    expect: COORDINATORS,
  }),
};
