import { type PrismaClient } from '@linja/db';

import { manyByKey } from '../loaders/batch';

export function createOtherProviderLoaders(prisma: PrismaClient) {
  return {
    /** An other provider's themes and target groups, in the taxonomy's order. */
    termsByOtherProviderId: manyByKey(
      async (ids: readonly string[]) =>
        prisma.otherProviderTerm.findMany({
          where: { providerId: { in: [...ids] } },
          include: { term: true },
          orderBy: [{ term: { position: 'asc' } }, { term: { slug: 'asc' } }],
        }),
      (row) => row.providerId,
    ),
  };
}
