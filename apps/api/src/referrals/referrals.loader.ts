import { type PrismaClient } from '@linja/db';

import { oneByKey } from '../loaders/batch';

export function createReferralLoaders(prisma: PrismaClient) {
  return {
    /** Services' referral settings (null: none saved, i.e. nothing accepted). */
    referralSettingsByServiceId: oneByKey(
      (ids: readonly string[]) =>
        prisma.serviceReferralSettings.findMany({ where: { serviceId: { in: [...ids] } } }),
      (row) => row.serviceId,
    ),
  };
}
