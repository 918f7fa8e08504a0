import { type DeliveryRecord, type LocationRecord } from '../hsds/hsds-records';
import { toPtvCoordinates } from './ptv-coordinates';
import { issue, type PtvIssue } from './ptv-report';
import { columnNames, languageItems } from './ptv-text';
import {
  type PtvAddress,
  type PtvItem,
  type PtvPhone,
  type PtvServiceHour,
  type PtvServiceLocationChannel,
  type PtvWeekday,
} from './ptv-types';

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

const WEEKDAYS: Partial<Record<string, PtvWeekday>> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};

const seconds = (time: string) => (/^\d{2}:\d{2}$/.test(time) ? `${time}:00` : time);
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * A phone number as written in Linja → PTV's parts: a Finnish number (`+358…` or `0…`) as prefix
 * `+358` and the national number without its leading zero; another country's number whole; a number
 * written without a prefix or trunk zero (116 123, 0800 …) as a Finnish service number.
 */
export function toPtvPhone(
  written: string,
  additionalInformation: string | null,
): Omit<PtvPhone, 'language'> {
  const digits = written.replace(/[\s()-]/g, '');
  const base = {
    type: 'Phone' as const,
    additionalInformation,
    serviceChargeType: 'Chargeable' as const,
    chargeDescription: null,
  };
  if (digits.startsWith('+358')) {
    return {
      ...base,
      prefixNumber: '+358',
      isFinnishServiceNumber: false,
      number: digits.slice(4),
    };
  }
  if (digits.startsWith('+')) {
    return { ...base, prefixNumber: null, isFinnishServiceNumber: false, number: digits };
  }
  if (/^0(800|10|20|30|60|70|75)/.test(digits) || !digits.startsWith('0')) {
    return { ...base, prefixNumber: null, isFinnishServiceNumber: true, number: digits };
  }
  return { ...base, prefixNumber: '+358', isFinnishServiceNumber: false, number: digits.slice(1) };
}

/** "Loviisankatu 14 A 3" → street "Loviisankatu", number "14 A 3" (the whole text when no number). */
export function splitStreet(streetAddress: string): { street: string; number: string | null } {
  const match = /^(.*?\D)\s+(\d.*)$/.exec(streetAddress.trim());
  return match?.[1] && match[2]
    ? { street: match[1].trim(), number: match[2].trim() }
    : { street: streetAddress.trim(), number: null };
}

/** A delivery's weekly opening hours → PTV's one DaysOfTheWeek service hour (none without hours). */
export function toPtvServiceHours(delivery: DeliveryRecord): PtvServiceHour[] {
  const hours = (delivery.openingHours ?? {}) as OpeningHoursJson;
  const alwaysOpen = hours.open247 === true || delivery.isOpen247;
  const openingHour = alwaysOpen
    ? []
    : (hours.periods ?? []).flatMap(({ days = [], opens, closes }) => {
        if (!opens || !closes) return [];
        return days.flatMap((name) => {
          const dayFrom = WEEKDAYS[name];
          return dayFrom ? [{ dayFrom, dayTo: '', from: seconds(opens), to: seconds(closes) }] : [];
        });
      });
  if (!alwaysOpen && openingHour.length === 0) return [];
  return [
    {
      serviceHourType: 'DaysOfTheWeek',
      validFrom: day(delivery.startsOn),
      validTo: day(delivery.endsOn),
      isClosed: false,
      validForNow: delivery.startsOn === null && delivery.endsOn === null,
      isAlwaysOpen: alwaysOpen,
      isReservation: false,
      additionalInformation: languageItems(hours.note),
      openingHour,
    },
  ];
}

function toPtvAddress(location: LocationRecord): PtvAddress {
  const { street, number } = splitStreet(location.streetAddress);
  const coordinates = toPtvCoordinates(location.latitude, location.longitude);
  return {
    type: 'Location',
    subType: 'Single',
    streetAddress: {
      street: [{ value: street, language: 'fi' }],
      streetNumber: number,
      postalCode: location.postalCode,
      postOffice: [{ value: location.postOffice, language: 'fi' }],
      municipality: location.municipality
        ? { code: location.municipality.code, name: columnNames(location.municipality) }
        : null,
      additionalInformation: [],
      latitude: coordinates?.latitude ?? null,
      longitude: coordinates?.longitude ?? null,
      coordinateState: coordinates ? 'Ok' : 'Empty',
    },
    country: 'FI',
  };
}

/**
 * Each location of a public delivery → a PTV ServiceLocation channel (id = the location's id). The
 * channel's texts: only the location's name, which Linja keeps in one language (Finnish); Linja has
 * no summary or description of a place, so PTV's required channel descriptions are left empty and
 * reported by the validator. The delivery's local contact gives the phone, e-mail and web page; its
 * opening hours the service hours. Accessibility texts have no place (PTV reads entrances from the
 * accessibility register): a NOT_MAPPED warning.
 */
export function toPtvServiceLocations(
  deliveries: readonly DeliveryRecord[],
  service: PtvItem,
  modified: string,
  firstIndex = 0,
): { channels: PtvServiceLocationChannel[]; notes: PtvIssue[] } {
  const notes: PtvIssue[] = [];
  const channels = deliveries.flatMap((delivery) => {
    const contact = (delivery.contact ?? {}) as ContactJson;
    return delivery.locations.map((location): PtvServiceLocationChannel => {
      const name = location.name?.trim();
      return {
        id: location.id,
        sourceId: location.id,
        serviceChannelType: 'ServiceLocation',
        organizationId: delivery.organizationId,
        serviceChannelNames: name ? [{ language: 'fi', value: name, type: 'Name' }] : [],
        serviceChannelDescriptions: [],
        displayNameType: [{ type: 'Name', language: 'fi' }],
        areaType: null,
        areas: [],
        languages: ['fi'],
        webPages: contact.website ? [{ url: contact.website, value: null, language: 'fi' }] : [],
        phoneNumbers: contact.phone
          ? [{ ...toPtvPhone(contact.phone, contact.name?.trim() || null), language: 'fi' }]
          : [],
        emails: contact.email ? [{ value: contact.email, language: 'fi' }] : [],
        addresses: [toPtvAddress(location)],
        serviceHours: toPtvServiceHours(delivery),
        services: [{ service }],
        publishingStatus: 'Published',
        modified,
      };
    });
  });
  deliveries
    .flatMap((delivery) => delivery.locations)
    .forEach((location, index) => {
      if (languageItems(location.accessibility).length > 0) {
        notes.push(
          issue({
            severity: 'warning',
            code: 'NOT_MAPPED',
            path: `serviceChannels[${firstIndex + index}].addresses`,
            source: 'deliveries.locations.accessibility',
            message:
              'PTV reads accessibility from the accessibility register (entrances); the location’s accessibility text is not exported.',
          }),
        );
      }
    });
  return { channels, notes };
}
