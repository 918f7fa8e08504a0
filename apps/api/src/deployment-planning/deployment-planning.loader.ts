import { type PrismaClient } from '@linja/db';

import { manyByKey } from '../loaders/batch';

export function createDeploymentPlanningLoaders(prisma: PrismaClient) {
  return {
    /** A delivery's readiness steps, by position. */
    readinessItemsByDeliveryId: manyByKey(
      (ids: readonly string[]) =>
        prisma.readinessItem.findMany({
          where: { deliveryId: { in: [...ids] } },
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
        }),
      (row) => row.deliveryId,
    ),
  };
}
