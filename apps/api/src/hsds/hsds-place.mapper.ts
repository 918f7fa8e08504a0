import { type TLocale } from '@linja/domain';

import { type AreaRecord, type DeliveryRecord, type LocationRecord } from './hsds-records';
import { derivedId } from './hsds-ids';
import { compact, nameIn, textIn } from './hsds-text';

/** Area URIs of the Linja profile (hsds-profile.ts): official codes of Statistics Finland. */
export const AREA_URI = {
  nationwide: 'urn:linja:area:nationwide',
  municipality: (code: string) => `urn:linja:area:municipality:${code}`,
  wellbeingArea: (code: string) => `urn:linja:area:wellbeing-area:${code}`,
  region: (code: string) => `urn:linja:area:region:${code}`,
};

const FINLAND: Record<TLocale, string> = {
  fi: 'Koko Suomi',
  sv: 'Hela Finland',
  en: 'All of Finland',
};
const OPEN_247: Record<TLocale, string> = {
  fi: 'Avoinna ympäri vuorokauden',
  sv: 'Öppet dygnet runt',
  en: 'Open around the clock',
};

const BYDAY: Record<string, string> = {
  MONDAY: 'MO',
  TUESDAY: 'TU',
  WEDNESDAY: 'WE',
  THURSDAY: 'TH',
  FRIDAY: 'FR',
  SATURDAY: 'SA',
  SUNDAY: 'SU',
};

interface OpeningHoursJson {
  open247?: boolean;
  periods?: { days?: string[]; opens?: string; closes?: string }[];
  note?: unknown;
}

interface ContactJson {
  name?: string;
  phone?: string;
  email?: string;
  website?: string;
}

/** An HSDS object as sent (JSON). */
export type HsdsObject = Record<string, unknown>;

/** Where a schedule, contact or phone hangs: the service, or one of its service_at_locations. */
type Owner = { service_id: string } | { service_at_location_id: string };

const ownerKey = (owner: Owner) =>
  'service_id' in owner ? owner.service_id : owner.service_at_location_id;

/** A delivery's weekly opening hours → HSDS schedules (RRULE-style: WEEKLY on `byday`). */
export function toHsdsSchedules(
  delivery: DeliveryRecord,
  owner: Owner,
  language: TLocale,
): HsdsObject[] {
  const hours = (delivery.openingHours ?? {}) as OpeningHoursJson;
  const notes = textIn(hours.note, language) || undefined;
  const key = ownerKey(owner);
  if (hours.open247 || delivery.isOpen247) {
    return [
      compact({
        id: derivedId(delivery.id, key, 'schedule', '24/7'),
        ...owner,
        freq: 'WEEKLY',
        wkst: 'MO',
        byday: 'MO,TU,WE,TH,FR,SA,SU',
        opens_at: '00:00',
        closes_at: '24:00',
        description: OPEN_247[language],
        notes,
      }),
    ];
  }
  return (hours.periods ?? []).flatMap((period, index) => {
    const byday = (period.days ?? []).flatMap((day) => (BYDAY[day] ? [BYDAY[day]] : []));
    if (byday.length === 0 || !period.opens || !period.closes) return [];
    return [
      compact({
        id: derivedId(delivery.id, key, 'schedule', index),
        ...owner,
        freq: 'WEEKLY',
        wkst: 'MO',
        byday: byday.join(','),
        opens_at: period.opens,
        closes_at: period.closes,
        valid_from: delivery.startsOn?.toISOString().slice(0, 10),
        valid_to: delivery.endsOn?.toISOString().slice(0, 10),
        notes,
      }),
    ];
  });
}

/** A delivery's local contact → an HSDS contact with its phone (none when it names nothing). */
export function toHsdsContacts(delivery: DeliveryRecord, owner: Owner): HsdsObject[] {
  const contact = (delivery.contact ?? {}) as ContactJson;
  if (!contact.name && !contact.phone && !contact.email) return [];
  const id = derivedId(delivery.id, ownerKey(owner), 'contact');
  return [
    compact({
      id,
      ...owner,
      name: contact.name,
      email: contact.email,
      phones: contact.phone
        ? [{ id: derivedId(id, 'phone'), contact_id: id, number: contact.phone }]
        : undefined,
    }),
  ];
}

/** A location row → an HSDS physical location with its Finnish street address. */
export function toHsdsLocation(
  location: LocationRecord,
  organizationId: string,
  language: TLocale,
) {
  const accessibility = textIn(location.accessibility, language);
  return compact({
    id: location.id,
    location_type: 'physical',
    organization_id: organizationId,
    name: location.name ?? undefined,
    latitude: location.latitude ?? undefined,
    longitude: location.longitude ?? undefined,
    addresses: [
      {
        id: derivedId(location.id, 'address'),
        location_id: location.id,
        address_1: location.streetAddress,
        city: location.postOffice,
        region: location.municipality ? nameIn(location.municipality, language) : undefined,
        // Finland has no states: the region (maakunta) of the municipality.
        state_province: location.municipality ? nameIn(location.municipality.region, language) : '',
        postal_code: location.postalCode,
        country: 'FI',
        address_type: 'physical',
      },
    ].map((address) => ({ ...compact(address), state_province: address.state_province })),
    accessibility: accessibility
      ? [
          {
            id: derivedId(location.id, 'accessibility'),
            location_id: location.id,
            description: accessibility,
          },
        ]
      : undefined,
  });
}

/** A delivery's areas → HSDS service areas, each with the Linja profile's `linja_area`. */
export function toHsdsServiceAreas(serviceId: string, delivery: DeliveryRecord, language: TLocale) {
  const common = { delivery_id: delivery.id, organization_id: delivery.organizationId };
  const areas = delivery.isNationwide
    ? [
        {
          id: derivedId(delivery.id, 'service_area', 'nationwide'),
          service_id: serviceId,
          name: FINLAND[language],
          uri: AREA_URI.nationwide,
          linja_area: { kind: 'nationwide', ...common },
        },
      ]
    : [];
  return [...areas, ...delivery.areas.flatMap((area) => toArea(serviceId, area, common, language))];
}

function toArea(
  serviceId: string,
  area: AreaRecord,
  common: { delivery_id: string; organization_id: string },
  language: TLocale,
) {
  const base = { id: area.id, service_id: serviceId };
  if (area.municipality) {
    const wellbeingArea = area.municipality.wellbeingArea;
    return [
      {
        ...base,
        name: nameIn(area.municipality, language),
        description: nameIn(wellbeingArea, language),
        uri: AREA_URI.municipality(area.municipality.code),
        linja_area: {
          kind: 'municipality',
          code: area.municipality.code,
          wellbeing_area_code: wellbeingArea.code,
          region_code: area.municipality.regionCode,
          ...common,
        },
      },
    ];
  }
  if (area.wellbeingArea) {
    return [
      {
        ...base,
        name: nameIn(area.wellbeingArea, language),
        uri: AREA_URI.wellbeingArea(area.wellbeingArea.code),
        linja_area: {
          kind: 'wellbeing_area',
          code: area.wellbeingArea.code,
          wellbeing_area_code: area.wellbeingArea.code,
          region_code: area.wellbeingArea.regionCode,
          ...common,
        },
      },
    ];
  }
  if (area.region) {
    return [
      {
        ...base,
        name: nameIn(area.region, language),
        uri: AREA_URI.region(area.region.code),
        linja_area: {
          kind: 'region',
          code: area.region.code,
          region_code: area.region.code,
          ...common,
        },
      },
    ];
  }
  return [];
}
