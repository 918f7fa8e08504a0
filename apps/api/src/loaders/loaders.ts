import { type PrismaClient } from '@linja/db';

import { createDeliveryLoaders } from '../delivery/delivery.loader';
import { createDeploymentPlanningLoaders } from '../deployment-planning/deployment-planning.loader';
import { createEventSignupLoaders } from '../event-signups/event-signups.loader';
import { createEventLoaders } from '../events/event.loader';
import { createFeedbackLoaders } from '../feedback/feedback.loader';
import { createInfoSeriesLoaders } from '../info-series/info-series.loader';
import { createNetworkLoaders } from '../network/network.loader';
import { createOrganizationLoaders } from '../organization/organization.loader';
import { createOtherProviderLoaders } from '../other-providers/other-providers.loader';
import { createReferralLoaders } from '../referrals/referrals.loader';
import { createRegionLoaders } from '../region/region.loader';
import { createServiceOfferingLoaders } from '../service-offering/service-offering.loader';
import { createSupportContactLoaders } from '../support-contacts/support-contacts.loader';

/**
 * Per-request DataLoaders, built with the GraphQL context so batches never cross requests (or actors).
 * Each feature contributes its own; field resolvers only call `loaders.<name>.load(key)`.
 */
export function createLoaders(prisma: PrismaClient) {
  return {
    ...createNetworkLoaders(prisma),
    ...createOrganizationLoaders(prisma),
    ...createRegionLoaders(prisma),
    ...createServiceOfferingLoaders(prisma),
    ...createDeliveryLoaders(prisma),
    ...createDeploymentPlanningLoaders(prisma),
    ...createInfoSeriesLoaders(prisma),
    ...createEventSignupLoaders(prisma),
    ...createEventLoaders(prisma),
    ...createReferralLoaders(prisma),
    ...createSupportContactLoaders(prisma),
    ...createOtherProviderLoaders(prisma),
    ...createFeedbackLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
