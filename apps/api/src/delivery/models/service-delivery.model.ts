import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { LocalizedText } from '../../common/localization/localized-text.model';
import { Paginated } from '../../common/pagination/connection.model';
import { DeliveryStatus, Weekday } from './delivery-enums';

/** The delivery's local contact (each part optional). */
@ObjectType()
export class DeliveryContact {
  @Field(() => String, { nullable: true, description: 'Contact person or unit.' })
  name!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;
}

@ObjectType()
export class OpeningPeriod {
  @Field(() => [Weekday])
  days!: Weekday[];

  @Field({ description: 'Local time "HH:MM".' })
  opens!: string;

  @Field({ description: 'Local time "HH:MM" ("24:00" = midnight), after `opens`.' })
  closes!: string;
}

@ObjectType()
export class OpeningHours {
  @Field({ description: 'Open around the clock; `periods` is then empty.' })
  open247!: boolean;

  @Field(() => [OpeningPeriod])
  periods!: OpeningPeriod[];

  @Field(() => LocalizedText, { description: 'e.g. exceptions on public holidays.' })
  note!: LocalizedText;
}

/** A place where a delivery is given. Its `municipality` is resolved by DeliveryLocationResolver. */
@ObjectType('DeliveryLocation')
export class DeliveryLocationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field()
  streetAddress!: string;

  @Field({ description: 'Five digits.' })
  postalCode!: string;

  @Field()
  postOffice!: string;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => LocalizedText)
  accessibility!: LocalizedText;

  /** Not exposed: resolves `municipality` through a DataLoader. */
  municipalityCode!: string | null;
}

/**
 * A service delivered by one organisation in given areas (or nationwide / remotely), with its own
 * contact, places, hours and capacity. Relations are resolved by ServiceDeliveryResolver.
 */
@ObjectType('ServiceDelivery')
export class ServiceDeliveryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DeliveryStatus)
  status!: DeliveryStatus;

  @Field(() => Int, { description: 'Send it back as expectedVersion when changing the delivery.' })
  version!: number;

  @Field({ description: 'Offered everywhere in Finland.' })
  isNationwide!: boolean;

  @Field({ description: 'Offered remotely (phone, chat, video), so from anywhere.' })
  isRemote!: boolean;

  @Field(() => DeliveryContact)
  contact!: DeliveryContact;

  @Field(() => OpeningHours)
  openingHours!: OpeningHours;

  @Field(() => Int, { nullable: true, description: 'How many clients it can take at a time.' })
  capacityPlaces!: number | null;

  @Field(() => Int, { nullable: true, description: 'Group size, for group services.' })
  groupSize!: number | null;

  @Field(() => String, { nullable: true, description: 'First day, "YYYY-MM-DD".' })
  startsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, "YYYY-MM-DD".' })
  endsOn!: string | null;

  @Field({ description: 'Whether it takes new clients now.' })
  acceptingClients!: boolean;

  @Field({ description: 'Can be used without giving one’s name.' })
  isAnonymous!: boolean;

  @Field({ description: 'Open around the clock (the same as openingHours.open247).' })
  isOpen247!: boolean;

  @Field()
  hasOnlineBooking!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class ServiceDeliveryConnection extends Paginated(ServiceDeliveryModel) {}
