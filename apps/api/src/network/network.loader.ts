import { type PrismaClient } from '@linja/db';

import { manyByKey, oneByKey } from '../loaders/batch';

export function createNetworkLoaders(prisma: PrismaClient) {
  return {
    networkById: oneByKey(
      (ids: readonly string[]) => prisma.network.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    /** An organisation's memberships (a handful each), oldest first. */
    membershipsByOrganizationId: manyByKey(
      (ids: readonly string[]) =>
        prisma.networkMembership.findMany({
          where: { organizationId: { in: [...ids] } },
          orderBy: [{ since: 'asc' }, { id: 'asc' }],
        }),
      (row) => row.organizationId,
    ),
    termById: oneByKey(
      (ids: readonly string[]) => prisma.taxonomyTerm.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    termsByNetworkId: manyByKey(
      (ids: readonly string[]) =>
        prisma.taxonomyTerm.findMany({
          where: { networkId: { in: [...ids] } },
          orderBy: [{ position: 'asc' }, { slug: 'asc' }],
        }),
      (row) => row.networkId,
    ),
  };
}
