import { registerEnumType } from '@nestjs/graphql';
import { ACCESS_MODES, CHANNELS, COSTS, FRESHNESS_STATES } from '@linja/domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const ServiceStatusEnum = asEnum(['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const);
export const RevisionStateEnum = asEnum([
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'APPROVED',
  'SUPERSEDED',
] as const);
export const ChannelEnum = asEnum(CHANNELS);
export const CostEnum = asEnum(COSTS);
export const AccessModeEnum = asEnum(ACCESS_MODES);
export const FreshnessEnum = asEnum(FRESHNESS_STATES);

registerEnumType(ServiceStatusEnum, {
  name: 'ServiceStatus',
  description:
    'DRAFT: never approved; PUBLISHED: an approved revision is public; ARCHIVED: withdrawn.',
});
registerEnumType(RevisionStateEnum, { name: 'RevisionState' });
registerEnumType(ChannelEnum, { name: 'Channel' });
registerEnumType(CostEnum, { name: 'Cost' });
registerEnumType(AccessModeEnum, { name: 'AccessMode' });
registerEnumType(FreshnessEnum, {
  name: 'Freshness',
  description:
    "Where the last 'still valid' confirmation stands under the network's freshness policy.",
});
