import { freshnessOf, type FreshnessPolicy } from '@linja/domain';
import { type OtherProvider, type Prisma } from '@linja/db';

import { toLocalizedText } from '../common/localization/localized-text.util';
import { type TOpeningHours } from '../delivery/dto/delivery.schema';
import { type OtherProviderBase, type TOtherProviderDetails } from './dto/other-provider.schema';
import { type OtherProviderModel } from './models/other-provider.model';

export function networkPolicy(network: {
  freshnessRemindMonths: number;
  freshnessStaleMonths: number;
  freshnessHideMonths: number;
}): FreshnessPolicy {
  return {
    remindMonths: network.freshnessRemindMonths,
    staleMonths: network.freshnessStaleMonths,
    hideMonths: network.freshnessHideMonths,
  };
}

function jsonObject(value: Prisma.JsonValue): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

function storedHours(row: OtherProvider): TOpeningHours {
  const hours = jsonObject(row.openingHours) as Partial<TOpeningHours>;
  return {
    open247: hours.open247 ?? row.isOpen247,
    periods: hours.periods ?? [],
    note: hours.note ?? {},
  };
}

export function toOtherProviderModel(
  row: OtherProvider,
  policy: FreshnessPolicy,
  now: Date = new Date(),
): OtherProviderModel {
  const hours = storedHours(row);
  return {
    id: row.id,
    networkId: row.networkId,
    name: row.name,
    description: toLocalizedText(row.description),
    phone: row.phone,
    chatUrl: row.chatUrl,
    website: row.website,
    openingHours: {
      open247: hours.open247,
      periods: hours.periods,
      note: toLocalizedText(hours.note),
    },
    isNationwide: row.isNationwide,
    isOnline: row.isOnline,
    municipalityCodes: row.municipalityCodes,
    wellbeingAreaCodes: row.wellbeingAreaCodes,
    regionCodes: row.regionCodes,
    checkedAt: row.checkedAt,
    freshness: freshnessOf(row.checkedAt, policy, now),
    archivedAt: row.archivedAt,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

/** The stored row (and its term ids) as the base an update is laid over. */
export function toOtherProviderBase(row: OtherProvider, termIds: string[]): OtherProviderBase {
  return {
    name: row.name,
    description: jsonObject(row.description) as Record<string, string>,
    phone: row.phone ?? undefined,
    chatUrl: row.chatUrl ?? undefined,
    website: row.website ?? undefined,
    openingHours: storedHours(row),
    isNationwide: row.isNationwide,
    isOnline: row.isOnline,
    areas: {
      municipalityCodes: row.municipalityCodes,
      wellbeingAreaCodes: row.wellbeingAreaCodes,
      regionCodes: row.regionCodes,
    },
    termIds,
  };
}

/** Validated details → the columns. */
export function toOtherProviderColumns(details: TOtherProviderDetails) {
  return {
    name: details.name,
    description: details.description as Prisma.InputJsonValue,
    phone: details.phone ?? null,
    chatUrl: details.chatUrl ?? null,
    website: details.website ?? null,
    openingHours: details.openingHours as unknown as Prisma.InputJsonValue,
    isOpen247: details.openingHours.open247,
    isNationwide: details.isNationwide,
    isOnline: details.isOnline,
    municipalityCodes: details.areas.municipalityCodes,
    wellbeingAreaCodes: details.areas.wellbeingAreaCodes,
    regionCodes: details.areas.regionCodes,
  };
}
