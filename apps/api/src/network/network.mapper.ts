import { type Network, type NetworkMembership } from '@linja/db';
import { type FreshnessPolicy } from '@linja/domain';

import { toLocalizedText } from '../common/localization/localized-text.util';
import { type NetworkMembershipModel } from './models/network-membership.model';
import { type NetworkModel } from './models/network.model';

/** Prisma row → GraphQL model: only the columns the API exposes. */
export function toNetworkModel(row: Network): NetworkModel {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: toLocalizedText(row.description),
    principles: toLocalizedText(row.principles),
    brand: {
      logoUrl: row.logoUrl,
      primaryColor: row.brandPrimaryColor,
      accentColor: row.brandAccentColor,
    },
    contact: { email: row.contactEmail, phone: row.contactPhone, website: row.website },
    freshnessPolicy: freshnessPolicyOf(row),
    eventSettings: {
      eventsRequireReview: row.eventsRequireReview,
      signupRetentionDays: row.signupRetentionDays,
    },
    catalogueExportPublic: row.catalogueExportPublic,
  };
}

/** A network's freshness policy columns as the domain's FreshnessPolicy. */
export function freshnessPolicyOf(
  network: Pick<Network, 'freshnessRemindMonths' | 'freshnessStaleMonths' | 'freshnessHideMonths'>,
): FreshnessPolicy {
  return {
    remindMonths: network.freshnessRemindMonths,
    staleMonths: network.freshnessStaleMonths,
    hideMonths: network.freshnessHideMonths,
  };
}

/**
 * The GraphQL parent of a NetworkMembership: its public fields, the ids its field resolvers load, and
 * the internal status details, which NetworkMembershipResolver shows only to those allowed.
 */
export type NetworkMembershipParent = NetworkMembershipModel & {
  organizationId: string;
  networkId: string;
  statusReason: string | null;
  statusSince: Date | null;
};

export function toMembershipModel(row: NetworkMembership): NetworkMembershipParent {
  return {
    id: row.id,
    role: row.role,
    status: row.status,
    since: row.since.toISOString().slice(0, 10),
    statusReason: row.statusReason,
    statusSince: row.statusSince,
    organizationId: row.organizationId,
    networkId: row.networkId,
  };
}
