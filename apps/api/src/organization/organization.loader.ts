import { type PrismaClient } from '@linja/db';

import { oneByKey } from '../loaders/batch';

export function createOrganizationLoaders(prisma: PrismaClient) {
  return {
    organizationById: oneByKey(
      (ids: readonly string[]) => prisma.organization.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
  };
}
