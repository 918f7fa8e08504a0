import {
  type DeliveryArea,
  type DeliveryLocation,
  type Prisma,
  type ServiceDelivery,
} from '@linja/db';
import { type TLocalizedText } from '@linja/domain';

import { toLocalizedText } from '../common/localization/localized-text.util';
import { type TDeliveryDetails, type TOpeningHours } from './dto/delivery.schema';
import {
  type DeliveryLocationModel,
  type ServiceDeliveryModel,
} from './models/service-delivery.model';

/** The parent object of a ServiceDelivery in GraphQL: public columns plus the ids its relations use. */
export interface ServiceDeliveryParent extends ServiceDeliveryModel {
  readonly serviceId: string;
  readonly organizationId: string;
}

const CONTACT_KEYS = ['name', 'phone', 'email', 'website'] as const;

/** The stored contact JSON (validated on write; `{}` by default): its string parts only. */
type StoredContact = Partial<Record<(typeof CONTACT_KEYS)[number], string>>;

function jsonObject(value: Prisma.JsonValue): Prisma.JsonObject {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

function storedContact(value: Prisma.JsonValue): StoredContact {
  const object = jsonObject(value);
  return Object.fromEntries(
    CONTACT_KEYS.flatMap((key) => {
      const part = object[key];
      return typeof part === 'string' ? [[key, part]] : [];
    }),
  );
}

function storedOpeningHours(value: Prisma.JsonValue, isOpen247: boolean): TOpeningHours {
  const hours = jsonObject(value) as Partial<TOpeningHours>;
  return {
    open247: hours.open247 ?? isOpen247,
    periods: hours.periods ?? [],
    note: hours.note ?? {},
  };
}

/** A `date` column → "YYYY-MM-DD" (Prisma reads it as midnight UTC). */
export function toDateOnly(value: Date | null): string | null {
  return value === null ? null : value.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" → the Date Prisma writes to a `date` column. */
export function fromDateOnly(value: string | null): Date | null {
  return value === null ? null : new Date(`${value}T00:00:00.000Z`);
}

export function toServiceDeliveryParent(row: ServiceDelivery): ServiceDeliveryParent {
  const contact = storedContact(row.contact);
  const hours = storedOpeningHours(row.openingHours, row.isOpen247);
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    isNationwide: row.isNationwide,
    isRemote: row.isRemote,
    contact: {
      name: contact.name ?? null,
      phone: contact.phone ?? null,
      email: contact.email ?? null,
      website: contact.website ?? null,
    },
    openingHours: {
      open247: hours.open247,
      periods: hours.periods.map((period) => ({
        days: [...period.days],
        opens: period.opens,
        closes: period.closes,
      })),
      note: toLocalizedText(hours.note),
    },
    capacityPlaces: row.capacityPlaces,
    groupSize: row.groupSize,
    startsOn: toDateOnly(row.startsOn),
    endsOn: toDateOnly(row.endsOn),
    acceptingClients: row.acceptingClients,
    isAnonymous: row.isAnonymous,
    isOpen247: row.isOpen247,
    hasOnlineBooking: row.hasOnlineBooking,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    serviceId: row.serviceId,
    organizationId: row.organizationId,
  };
}

export function toDeliveryLocationModel(row: DeliveryLocation): DeliveryLocationModel {
  return {
    id: row.id,
    name: row.name,
    streetAddress: row.streetAddress,
    postalCode: row.postalCode,
    postOffice: row.postOffice,
    latitude: row.latitude,
    longitude: row.longitude,
    accessibility: toLocalizedText(row.accessibility),
    municipalityCode: row.municipalityCode,
  };
}

/** The stored delivery as the details an update is laid over (and the audit diff compares). */
export function toDeliveryDetails(
  row: ServiceDelivery,
  areas: readonly DeliveryArea[],
  locations: readonly DeliveryLocation[],
): TDeliveryDetails {
  const codes = (pick: (area: DeliveryArea) => string | null) =>
    areas.flatMap((area) => {
      const code = pick(area);
      return code === null ? [] : [code];
    });
  return {
    status: row.status,
    isNationwide: row.isNationwide,
    isRemote: row.isRemote,
    areas: {
      municipalityCodes: codes((area) => area.municipalityCode),
      wellbeingAreaCodes: codes((area) => area.wellbeingAreaCode),
      regionCodes: codes((area) => area.regionCode),
    },
    contact: storedContact(row.contact),
    locations: [...locations]
      .sort((a, b) => a.position - b.position)
      .map((location) => ({
        name: location.name ?? undefined,
        streetAddress: location.streetAddress,
        postalCode: location.postalCode,
        postOffice: location.postOffice,
        municipalityCode: location.municipalityCode ?? undefined,
        latitude: location.latitude,
        longitude: location.longitude,
        accessibility: (location.accessibility ?? {}) as TLocalizedText,
      })),
    openingHours: storedOpeningHours(row.openingHours, row.isOpen247),
    capacityPlaces: row.capacityPlaces,
    groupSize: row.groupSize,
    startsOn: toDateOnly(row.startsOn),
    endsOn: toDateOnly(row.endsOn),
    acceptingClients: row.acceptingClients,
    isAnonymous: row.isAnonymous,
    hasOnlineBooking: row.hasOnlineBooking,
  };
}

const asJson = (value: unknown) => value as Prisma.InputJsonValue;

/** The delivery's own columns for `details` (areas and locations are rows of their own). */
export function deliveryColumns(details: TDeliveryDetails) {
  return {
    status: details.status,
    isNationwide: details.isNationwide,
    isRemote: details.isRemote,
    contact: asJson(details.contact),
    openingHours: asJson(details.openingHours),
    capacityPlaces: details.capacityPlaces,
    groupSize: details.groupSize,
    startsOn: fromDateOnly(details.startsOn),
    endsOn: fromDateOnly(details.endsOn),
    acceptingClients: details.acceptingClients,
    isAnonymous: details.isAnonymous,
    // A projection of openingHours.open247, for filtering.
    isOpen247: details.openingHours.open247,
    hasOnlineBooking: details.hasOnlineBooking,
  } satisfies Prisma.ServiceDeliveryUncheckedUpdateInput;
}

/** One row per area; each names exactly one target (the database checks it too). */
export function deliveryAreaRows(
  deliveryId: string,
  areas: TDeliveryDetails['areas'],
): Prisma.DeliveryAreaCreateManyInput[] {
  return [
    ...areas.municipalityCodes.map((municipalityCode) => ({ deliveryId, municipalityCode })),
    ...areas.wellbeingAreaCodes.map((wellbeingAreaCode) => ({ deliveryId, wellbeingAreaCode })),
    ...areas.regionCodes.map((regionCode) => ({ deliveryId, regionCode })),
  ];
}

export function deliveryLocationRows(
  deliveryId: string,
  locations: TDeliveryDetails['locations'],
): Prisma.DeliveryLocationCreateManyInput[] {
  return locations.map((location, position) => ({
    deliveryId,
    position,
    name: location.name ?? null,
    streetAddress: location.streetAddress,
    postalCode: location.postalCode,
    postOffice: location.postOffice,
    municipalityCode: location.municipalityCode ?? null,
    latitude: location.latitude,
    longitude: location.longitude,
    accessibility: asJson(location.accessibility),
  }));
}
