import { type TLocalizedText, ZLocalizedText } from '@linja/domain';
import { z } from 'zod';

import { BadUserInputError } from '../../common/errors/domain-error';
import { fromLocalizedTextInput } from '../../common/localization/localized-text.util';
import { DELIVERY_STATUSES, WEEKDAYS } from '../models/delivery-enums';
import { type DeliveryFieldsInput } from './delivery.inputs';

/** null and blank strings mean "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) =>
      value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value,
    schema.optional(),
  );

/** A list without repeats; a repeat is reported at its own index (`areas.municipalityCodes.2`). */
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max, `at most ${max} items`)
    .superRefine((list, context) => {
      const index = list.findIndex((value, at) => list.indexOf(value) !== at);
      if (index >= 0)
        context.addIssue({ code: 'custom', message: 'repeats an earlier item', path: [index] });
    });

const ZMunicipalityCode = z.string().regex(/^\d{3}$/, 'not a 3-digit municipality code');
const ZAreaCode = z.string().regex(/^\d{2}$/, 'not a 2-digit code');

/** "HH:MM", 00:00–23:59; closing time may also be 24:00 (midnight). */
const ZClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'not a time "HH:MM"');
const ZClosingTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'not a time "HH:MM"');

/** A calendar date "YYYY-MM-DD" that exists (no 2026-02-30). */
const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date "YYYY-MM-DD"')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00.000Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'not a calendar date');

export const ZDeliveryAreas = z.strictObject({
  municipalityCodes: uniqueList(ZMunicipalityCode, 400).default([]),
  wellbeingAreaCodes: uniqueList(ZAreaCode, 30).default([]),
  regionCodes: uniqueList(ZAreaCode, 30).default([]),
});

export const ZDeliveryContact = z.strictObject({
  name: optional(z.string().trim().max(200, 'at most 200 characters')),
  phone: optional(
    z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{5,20}$/, 'not a phone number'),
  ),
  email: optional(z.email('not an email address')),
  website: optional(z.url({ protocol: /^https?$/, error: 'not an http(s) URL' })),
});

export const ZDeliveryLocation = z
  .strictObject({
    name: optional(z.string().trim().max(200, 'at most 200 characters')),
    streetAddress: z.string().trim().min(1, 'required').max(200, 'at most 200 characters'),
    postalCode: z
      .string()
      .trim()
      .regex(/^\d{5}$/, 'not a 5-digit postal code'),
    postOffice: z.string().trim().min(1, 'required').max(100, 'at most 100 characters'),
    municipalityCode: optional(ZMunicipalityCode),
    latitude: z.number().min(-90, 'below -90').max(90, 'above 90').nullable().default(null),
    longitude: z.number().min(-180, 'below -180').max(180, 'above 180').nullable().default(null),
    accessibility: ZLocalizedText({ max: 1000 }).default({}),
  })
  .refine((location) => (location.latitude === null) === (location.longitude === null), {
    message: 'give both latitude and longitude, or neither',
    path: ['longitude'],
  });

export const ZOpeningPeriod = z
  .strictObject({
    days: uniqueList(z.enum(WEEKDAYS), WEEKDAYS.length).min(1, 'at least one day'),
    opens: ZClockTime,
    closes: ZClosingTime,
  })
  // Zero-padded "HH:MM" strings compare like the times they name.
  .refine((period) => period.opens < period.closes, {
    message: 'closes must be after opens',
    path: ['closes'],
  });

export const ZOpeningHours = z
  .strictObject({
    open247: z.boolean().default(false),
    periods: z.array(ZOpeningPeriod).max(30, 'at most 30 periods').default([]),
    note: ZLocalizedText({ max: 500 }).default({}),
  })
  .refine((hours) => !(hours.open247 && hours.periods.length > 0), {
    message: 'leave the periods empty when open around the clock',
    path: ['periods'],
  });

/**
 * Everything an organisation says about one delivery of a service, whole (after defaults or the old
 * values are filled in). Area and municipality codes are checked against the reference data by the
 * service, since that needs the database.
 */
export const ZDeliveryDetails = z
  .strictObject({
    status: z.enum(DELIVERY_STATUSES),
    isNationwide: z.boolean(),
    isRemote: z.boolean(),
    areas: ZDeliveryAreas,
    contact: ZDeliveryContact,
    locations: z.array(ZDeliveryLocation).max(50, 'at most 50 locations'),
    openingHours: ZOpeningHours,
    capacityPlaces: z.int().min(0, 'must not be negative').max(1_000_000).nullable(),
    groupSize: z.int().min(1, 'at least 1').max(10_000).nullable(),
    startsOn: ZIsoDate.nullable(),
    endsOn: ZIsoDate.nullable(),
    acceptingClients: z.boolean(),
    isAnonymous: z.boolean(),
    hasOnlineBooking: z.boolean(),
  })
  .refine(
    (details) =>
      details.isNationwide ||
      details.isRemote ||
      details.areas.municipalityCodes.length +
        details.areas.wellbeingAreaCodes.length +
        details.areas.regionCodes.length >
        0,
    {
      message: 'give at least one area, or mark the delivery nationwide or remote',
      path: ['areas'],
    },
  )
  .refine(
    (details) =>
      details.startsOn === null || details.endsOn === null || details.startsOn <= details.endsOn,
    { message: 'endsOn is before startsOn', path: ['endsOn'] },
  );

export type TDeliveryDetails = z.output<typeof ZDeliveryDetails>;
export type TDeliveryLocation = z.output<typeof ZDeliveryLocation>;
export type TOpeningHours = z.output<typeof ZOpeningHours>;

const EMPTY_TEXT: TLocalizedText = {};

/** What a new delivery starts from: the database defaults. */
export const DELIVERY_DEFAULTS: TDeliveryDetails = {
  status: 'ACTIVE',
  isNationwide: false,
  isRemote: false,
  areas: { municipalityCodes: [], wellbeingAreaCodes: [], regionCodes: [] },
  contact: {},
  locations: [],
  openingHours: { open247: false, periods: [], note: EMPTY_TEXT },
  capacityPlaces: null,
  groupSize: null,
  startsOn: null,
  endsOn: null,
  acceptingClients: true,
  isAnonymous: false,
  hasOnlineBooking: false,
};

/** The fields of the input the client sent (undefined = omitted: keep `base`). */
function overlay(input: DeliveryFieldsInput, base: TDeliveryDetails): Record<string, unknown> {
  const given = <T>(value: T | undefined, fallback: unknown, convert: (value: T) => unknown) =>
    value === undefined ? fallback : convert(value);
  const same = <T>(value: T) => value;
  return {
    status: given(input.status, base.status, same),
    isNationwide: given(input.isNationwide, base.isNationwide, same),
    isRemote: given(input.isRemote, base.isRemote, same),
    areas: given(input.areas, base.areas, (areas) => ({
      municipalityCodes: areas?.municipalityCodes ?? [],
      wellbeingAreaCodes: areas?.wellbeingAreaCodes ?? [],
      regionCodes: areas?.regionCodes ?? [],
    })),
    contact: given(input.contact, base.contact, (contact) => ({
      name: contact?.name,
      phone: contact?.phone,
      email: contact?.email,
      website: contact?.website,
    })),
    locations: given(input.locations, base.locations, (locations) =>
      (locations ?? []).map((location) => ({
        name: location.name,
        streetAddress: location.streetAddress,
        postalCode: location.postalCode,
        postOffice: location.postOffice,
        municipalityCode: location.municipalityCode,
        latitude: location.latitude ?? null,
        longitude: location.longitude ?? null,
        accessibility: fromLocalizedTextInput(location.accessibility),
      })),
    ),
    openingHours: given(input.openingHours, base.openingHours, (hours) => ({
      open247: hours?.open247 ?? false,
      periods: (hours?.periods ?? []).map((period) => ({
        days: period.days,
        opens: period.opens,
        closes: period.closes,
      })),
      note: fromLocalizedTextInput(hours?.note),
    })),
    capacityPlaces: given(input.capacityPlaces, base.capacityPlaces, same),
    groupSize: given(input.groupSize, base.groupSize, same),
    startsOn: given(input.startsOn, base.startsOn, same),
    endsOn: given(input.endsOn, base.endsOn, same),
    acceptingClients: given(input.acceptingClients, base.acceptingClients, same),
    isAnonymous: given(input.isAnonymous, base.isAnonymous, same),
    hasOnlineBooking: given(input.hasOnlineBooking, base.hasOnlineBooking, same),
  };
}

/** Validates `details` whole, or throws BAD_USER_INPUT naming the first failing input path. */
export function parseDeliveryDetails(details: unknown): TDeliveryDetails {
  const result = ZDeliveryDetails.safeParse(details);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'input';
  throw new BadUserInputError(field, `${field}: ${issue?.message ?? 'invalid'}`);
}

/**
 * GraphQL input laid over `base` (the defaults on create, the current delivery on update), validated
 * whole, so cross-field rules (an area or nationwide, endsOn ≥ startsOn) hold for the result.
 */
export function toValidDelivery(
  input: DeliveryFieldsInput,
  base: TDeliveryDetails = DELIVERY_DEFAULTS,
): TDeliveryDetails {
  return parseDeliveryDetails(overlay(input, base));
}
