import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';

import { LocalizedTextInput } from '../../common/localization/localized-text.model';
import { PaginationArgs } from '../../common/pagination/pagination.args';
import {
  ReferralContactMethod,
  ReferralContactWindow,
  ReferralStatus,
  ReferralUrgency,
} from '../models/referral-enums';

@InputType()
export class ReferralReasonInput {
  @Field({ description: 'A stable key (a–z, 0–9, _ and -, 1–40 characters), unique in the list.' })
  key!: string;

  @Field(() => LocalizedTextInput, {
    description: 'The reason as the referrer reads it (fi required).',
  })
  label!: LocalizedTextInput;
}

@InputType()
export class UpdateServiceReferralSettingsInput {
  @Field(() => ID)
  serviceId!: string;

  @Field()
  acceptsReferrals!: boolean;

  @Field()
  acceptsContactRequests!: boolean;

  @Field(() => [ReferralReasonInput], { description: 'The reasons a referrer picks from (≤ 20).' })
  reasons!: ReferralReasonInput[];
}

@InputType()
export class CreateReferralInput {
  @Field(() => ID)
  serviceId!: string;

  @Field(() => ID, { description: 'An ACTIVE delivery of the service that reaches the client.' })
  deliveryId!: string;

  @Field({ description: 'The client’s municipality (3-digit code): the delivery must reach it.' })
  municipalityCode!: string;

  @Field({ description: 'A key from the service’s list of reasons.' })
  reasonKey!: string;

  @Field(() => ReferralUrgency)
  urgency!: ReferralUrgency;

  @Field(() => ReferralContactMethod)
  contactMethod!: ReferralContactMethod;

  @Field(() => ReferralContactWindow)
  contactWindow!: ReferralContactWindow;

  @Field({
    description:
      'The client consented to sharing their contact details: required true when any client field is given (the time is recorded).',
  })
  consentConfirmed!: boolean;

  @Field(() => String, { nullable: true, description: 'With consent: the client’s name (≤ 200).' })
  clientName?: string | null;

  @Field(() => String, { nullable: true, description: 'With consent: the client’s phone.' })
  clientPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'With consent: the client’s email.' })
  clientEmail?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A short free text (≤ 500 characters; no identity numbers).',
  })
  message?: string | null;
}

@InputType()
export class CreateContactRequestInput {
  @Field(() => ID)
  serviceId!: string;

  @Field(() => ID, { nullable: true, description: 'The delivery (place) asked about, if any.' })
  deliveryId?: string | null;

  @Field(() => String, { nullable: true, description: 'A phone number (this or email required).' })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An email address (this or phone required).',
  })
  email?: string | null;

  @Field(() => ReferralContactWindow)
  contactWindow!: ReferralContactWindow;

  @Field(() => String, {
    nullable: true,
    description: 'A short message (≤ 500 characters; no identity numbers).',
  })
  message?: string | null;
}

@ArgsType()
export class OrganizationReferralsArgs extends PaginationArgs {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ReferralStatus, { nullable: true })
  status?: ReferralStatus | null;
}

@ArgsType()
export class NetworkReferralCountsArgs {
  @Field()
  networkSlug!: string;

  @Field({ description: 'First day counted (YYYY-MM-DD, Helsinki), by the referral’s arrival.' })
  from!: string;

  @Field({ description: 'Last day counted (YYYY-MM-DD, inclusive; at most 3 years after from).' })
  to!: string;
}
