import { ZLocalizedText } from '@linja/domain';
import { z } from 'zod';

import { BadUserInputError } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids/is-uuid';
import { fromLocalizedTextInput } from '../../common/localization/localized-text.util';
import {
  ZDeliveryAreas,
  ZDeliveryContact,
  ZOpeningHours,
  type TOpeningHours,
} from '../../delivery/dto/delivery.schema';
import { type OtherProviderFieldsInput } from './other-provider.inputs';

/**
 * An other provider's details, whole. Phone and website follow a delivery's contact rules, opening
 * hours and areas are a delivery's shape; codes and terms are checked against the database by the
 * service.
 */
export const ZOtherProviderDetails = z
  .strictObject({
    name: z.string().trim().min(2, 'at least 2 characters').max(200, 'at most 200 characters'),
    description: ZLocalizedText({ max: 2000, requireFinnish: true }),
    phone: ZDeliveryContact.shape.phone,
    chatUrl: ZDeliveryContact.shape.website,
    website: ZDeliveryContact.shape.website,
    openingHours: ZOpeningHours,
    isNationwide: z.boolean(),
    isOnline: z.boolean(),
    areas: ZDeliveryAreas,
    termIds: z
      .array(z.string().refine(isUuid, 'not an id'))
      .max(50, 'at most 50 terms')
      .transform((ids) => [...new Set(ids)]),
  })
  .refine(
    (details) =>
      details.isNationwide ||
      details.isOnline ||
      details.areas.municipalityCodes.length +
        details.areas.wellbeingAreaCodes.length +
        details.areas.regionCodes.length >
        0,
    { message: 'give at least one area, or mark it nationwide or online', path: ['areas'] },
  );

export type TOtherProviderDetails = z.output<typeof ZOtherProviderDetails>;

/** The stored row, as the base an update is laid over. */
export interface OtherProviderBase {
  name: string;
  description: Record<string, string>;
  phone: string | undefined;
  chatUrl: string | undefined;
  website: string | undefined;
  openingHours: TOpeningHours;
  isNationwide: boolean;
  isOnline: boolean;
  areas: { municipalityCodes: string[]; wellbeingAreaCodes: string[]; regionCodes: string[] };
  termIds: string[];
}

/** The input laid over `base` (omitted = keep), validated whole; BAD_USER_INPUT names the field. */
export function toValidOtherProvider(
  input: OtherProviderFieldsInput,
  base: OtherProviderBase | null,
): TOtherProviderDetails {
  const text = (value: string | null | undefined, fallback: string | undefined) =>
    value === undefined ? fallback : (value ?? undefined);
  const candidate = {
    name: input.name ?? base?.name,
    description:
      input.description === undefined || input.description === null
        ? (base?.description ?? {})
        : fromLocalizedTextInput(input.description),
    phone: text(input.phone, base?.phone),
    chatUrl: text(input.chatUrl, base?.chatUrl),
    website: text(input.website, base?.website),
    openingHours:
      input.openingHours === undefined || input.openingHours === null
        ? (base?.openingHours ?? {})
        : {
            open247: input.openingHours.open247 ?? false,
            periods: (input.openingHours.periods ?? []).map((period) => ({
              days: period.days,
              opens: period.opens,
              closes: period.closes,
            })),
            note: fromLocalizedTextInput(input.openingHours.note),
          },
    isNationwide: input.isNationwide ?? base?.isNationwide ?? false,
    isOnline: input.isOnline ?? base?.isOnline ?? false,
    areas:
      input.areas === undefined || input.areas === null
        ? (base?.areas ?? {})
        : {
            municipalityCodes: input.areas.municipalityCodes ?? [],
            wellbeingAreaCodes: input.areas.wellbeingAreaCodes ?? [],
            regionCodes: input.areas.regionCodes ?? [],
          },
    termIds: input.termIds ?? base?.termIds ?? [],
  };
  const result = ZOtherProviderDetails.safeParse(candidate);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'input';
  throw new BadUserInputError(field, `${field}: ${issue?.message ?? 'invalid'}`);
}
