import { type PrismaClient } from '@linja/db';

import { manyByKey, oneByKey } from '../loaders/batch';

export function createServiceOfferingLoaders(prisma: PrismaClient) {
  return {
    serviceById: oneByKey(
      (ids: readonly string[]) => prisma.service.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    /** Newest first. */
    revisionsByServiceId: manyByKey(
      (ids: readonly string[]) =>
        prisma.serviceRevision.findMany({
          where: { serviceId: { in: [...ids] } },
          orderBy: [{ number: 'desc' }],
        }),
      (row) => row.serviceId,
    ),
    revisionById: oneByKey(
      (ids: readonly string[]) =>
        prisma.serviceRevision.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
  };
}
