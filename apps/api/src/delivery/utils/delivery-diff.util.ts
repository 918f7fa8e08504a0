import { TEXT_VARIANTS, type TLocalizedText } from '@linja/domain';

import { type FieldChangeRecord } from '../../audit/audit.service';
import { type TDeliveryDetails, type TDeliveryLocation } from '../dto/delivery.schema';

type Scalar = string | number | boolean | null | undefined;

function text(value: Scalar): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Area codes are a set: compared and shown sorted. */
function codes(values: readonly string[] | undefined): string | null {
  return values && values.length > 0 ? [...values].sort().join(', ') : null;
}

function periods(hours: TDeliveryDetails['openingHours'] | undefined): string | null {
  if (!hours || hours.periods.length === 0) return null;
  return hours.periods
    .map((period) => `${period.days.join(',')} ${period.opens}–${period.closes}`)
    .join('; ');
}

function localized(
  field: string,
  before: TLocalizedText | undefined,
  after: TLocalizedText | undefined,
  out: FieldChangeRecord[],
): void {
  for (const locale of TEXT_VARIANTS) {
    const from = before?.[locale] ?? null;
    const to = after?.[locale] ?? null;
    if (from !== to) out.push({ field, locale, before: from, after: to });
  }
}

const LOCATION_FIELDS = [
  'name',
  'streetAddress',
  'postalCode',
  'postOffice',
  'municipalityCode',
  'latitude',
  'longitude',
] as const satisfies readonly (keyof TDeliveryLocation)[];

/**
 * Field-by-field changes of a delivery from `before` (null: created) to `after` (null: removed), for
 * the audit log. Locations are compared by position (`locations[1].postalCode`).
 */
export function diffDelivery(
  before: TDeliveryDetails | null,
  after: TDeliveryDetails | null,
): FieldChangeRecord[] {
  const out: FieldChangeRecord[] = [];
  const scalars: [string, string | null, string | null][] = [
    ['status', text(before?.status), text(after?.status)],
    ['isNationwide', text(before?.isNationwide), text(after?.isNationwide)],
    ['isRemote', text(before?.isRemote), text(after?.isRemote)],
    [
      'areas.municipalityCodes',
      codes(before?.areas.municipalityCodes),
      codes(after?.areas.municipalityCodes),
    ],
    [
      'areas.wellbeingAreaCodes',
      codes(before?.areas.wellbeingAreaCodes),
      codes(after?.areas.wellbeingAreaCodes),
    ],
    ['areas.regionCodes', codes(before?.areas.regionCodes), codes(after?.areas.regionCodes)],
    ['contact.name', text(before?.contact.name), text(after?.contact.name)],
    ['contact.phone', text(before?.contact.phone), text(after?.contact.phone)],
    ['contact.email', text(before?.contact.email), text(after?.contact.email)],
    ['contact.website', text(before?.contact.website), text(after?.contact.website)],
    ['openingHours.open247', text(before?.openingHours.open247), text(after?.openingHours.open247)],
    ['openingHours.periods', periods(before?.openingHours), periods(after?.openingHours)],
    ['capacityPlaces', text(before?.capacityPlaces), text(after?.capacityPlaces)],
    ['groupSize', text(before?.groupSize), text(after?.groupSize)],
    ['startsOn', text(before?.startsOn), text(after?.startsOn)],
    ['endsOn', text(before?.endsOn), text(after?.endsOn)],
    ['acceptingClients', text(before?.acceptingClients), text(after?.acceptingClients)],
    ['isAnonymous', text(before?.isAnonymous), text(after?.isAnonymous)],
    ['hasOnlineBooking', text(before?.hasOnlineBooking), text(after?.hasOnlineBooking)],
  ];
  for (const [field, from, to] of scalars) {
    if (from !== to) out.push({ field, locale: null, before: from, after: to });
  }
  localized('openingHours.note', before?.openingHours.note, after?.openingHours.note, out);
  const count = Math.max(before?.locations.length ?? 0, after?.locations.length ?? 0);
  for (let index = 0; index < count; index += 1) {
    const from = before?.locations[index];
    const to = after?.locations[index];
    for (const key of LOCATION_FIELDS) {
      const field = `locations[${index + 1}].${key}`;
      const [a, b] = [text(from?.[key]), text(to?.[key])];
      if (a !== b) out.push({ field, locale: null, before: a, after: b });
    }
    localized(`locations[${index + 1}].accessibility`, from?.accessibility, to?.accessibility, out);
  }
  return out;
}
