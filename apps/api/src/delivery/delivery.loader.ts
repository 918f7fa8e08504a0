import { type PrismaClient } from '@linja/db';

import { manyByKey } from '../loaders/batch';

export function createDeliveryLoaders(prisma: PrismaClient) {
  return {
    deliveriesByServiceId: manyByKey(
      (ids: readonly string[]) =>
        prisma.serviceDelivery.findMany({
          where: { serviceId: { in: [...ids] } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
      (row) => row.serviceId,
    ),
    areasByDeliveryId: manyByKey(
      (ids: readonly string[]) =>
        prisma.deliveryArea.findMany({
          where: { deliveryId: { in: [...ids] } },
          orderBy: { id: 'asc' },
        }),
      (row) => row.deliveryId,
    ),
    locationsByDeliveryId: manyByKey(
      (ids: readonly string[]) =>
        prisma.deliveryLocation.findMany({
          where: { deliveryId: { in: [...ids] } },
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
        }),
      (row) => row.deliveryId,
    ),
  };
}
