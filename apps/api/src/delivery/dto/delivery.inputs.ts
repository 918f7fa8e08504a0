import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';

import { LocalizedTextInput } from '../../common/localization/localized-text.model';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import { DeliveryStatus, Weekday } from '../models/delivery-enums';

@InputType()
export class DeliveryAreasInput {
  @Field(() => [String], { nullable: true, description: '3-digit municipality codes.' })
  municipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: '2-digit wellbeing area codes.' })
  wellbeingAreaCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: '2-digit region codes.' })
  regionCodes?: string[] | null;
}

@InputType()
export class DeliveryContactInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;
}

@InputType()
export class DeliveryLocationInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field()
  streetAddress!: string;

  @Field({ description: 'Five digits.' })
  postalCode!: string;

  @Field()
  postOffice!: string;

  @Field(() => String, { nullable: true, description: '3-digit municipality code.' })
  municipalityCode?: string | null;

  @Field(() => Float, { nullable: true, description: 'WGS84, -90…90; give both or neither.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'WGS84, -180…180.' })
  longitude?: number | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  accessibility?: LocalizedTextInput | null;
}

@InputType()
export class OpeningPeriodInput {
  @Field(() => [Weekday])
  days!: Weekday[];

  @Field({ description: '"HH:MM".' })
  opens!: string;

  @Field({ description: '"HH:MM" ("24:00" = midnight), after `opens`.' })
  closes!: string;
}

@InputType()
export class OpeningHoursInput {
  @Field(() => Boolean, { nullable: true, description: 'Default false.' })
  open247?: boolean | null;

  @Field(() => [OpeningPeriodInput], { nullable: true })
  periods?: OpeningPeriodInput[] | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  note?: LocalizedTextInput | null;
}

/**
 * The editable fields of a delivery. On create, omitted fields take their defaults; on update, omitted
 * fields keep their values, and a given `areas`, `contact`, `locations` or `openingHours` replaces the
 * old one as a whole. `null` clears the nullable numbers and dates.
 */
@InputType({ isAbstract: true })
export abstract class DeliveryFieldsInput {
  @Field(() => DeliveryStatus, { nullable: true, description: 'Default ACTIVE on create.' })
  status?: DeliveryStatus | null;

  @Field(() => Boolean, { nullable: true })
  isNationwide?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  isRemote?: boolean | null;

  @Field(() => DeliveryAreasInput, {
    nullable: true,
    description: 'Where it is offered; at least one area unless nationwide or remote.',
  })
  areas?: DeliveryAreasInput | null;

  @Field(() => DeliveryContactInput, { nullable: true })
  contact?: DeliveryContactInput | null;

  @Field(() => [DeliveryLocationInput], { nullable: true, description: 'In display order.' })
  locations?: DeliveryLocationInput[] | null;

  @Field(() => OpeningHoursInput, { nullable: true })
  openingHours?: OpeningHoursInput | null;

  @Field(() => Int, { nullable: true })
  capacityPlaces?: number | null;

  @Field(() => Int, { nullable: true })
  groupSize?: number | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD".' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD", not before startsOn.' })
  endsOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true on create.' })
  acceptingClients?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  isAnonymous?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  hasOnlineBooking?: boolean | null;
}

@InputType()
export class CreateServiceDeliveryInput extends DeliveryFieldsInput {
  @Field(() => ID)
  serviceId!: string;

  @Field(() => ID, {
    description: "The producing organisation: an active member of the service's network.",
  })
  organizationId!: string;
}

@InputType()
export class UpdateServiceDeliveryInput extends DeliveryFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    description: 'The version the edit is based on; an older one gets CONFLICT.',
  })
  expectedVersion!: number;
}

@InputType()
export class RemoveServiceDeliveryInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;
}

@ArgsType()
export class ServiceDeliveriesArgs extends PaginationArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Only deliveries serving this municipality: directly, via its wellbeing area or region, nationwide or remotely.',
  })
  municipalityCode?: string | null;
}
