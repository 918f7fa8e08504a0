import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { LocalizedText } from '../../common/localization/localized-text.model';
import { Paginated } from '../../common/pagination/connection.model';
import {
  ReferralContactMethod,
  ReferralContactWindow,
  ReferralDeclineReason,
  ReferralKind,
  ReferralStatus,
  ReferralUrgency,
} from './referral-enums';

@ObjectType('ReferralReason')
export class ReferralReasonModel {
  @Field()
  key!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;
}

@ObjectType('ServiceReferralSettings', {
  description:
    'Whether a service takes referrals from professionals and contact requests from the public through Linja, and its reasons (public).',
})
export class ServiceReferralSettingsModel {
  @Field(() => ID)
  serviceId!: string;

  @Field()
  acceptsReferrals!: boolean;

  @Field()
  acceptsContactRequests!: boolean;

  @Field(() => [ReferralReasonModel])
  reasons!: ReferralReasonModel[];
}

/**
 * A referral or contact request without any personal data (the inbox's items). The client's contact
 * details and the message are only in `details`.
 */
@ObjectType('Referral', {
  description:
    'A referral or contact request, without personal data; `details` (the handling organisation staff only) holds it.',
})
export class ReferralModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReferralKind)
  kind!: ReferralKind;

  @Field(() => ReferralStatus)
  status!: ReferralStatus;

  @Field(() => ID)
  serviceId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID, { nullable: true })
  deliveryId!: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode!: string | null;

  @Field(() => String, { nullable: true })
  reasonKey!: string | null;

  @Field(() => ReferralUrgency)
  urgency!: ReferralUrgency;

  @Field(() => ReferralContactMethod, { nullable: true })
  contactMethod!: ReferralContactMethod | null;

  @Field(() => ReferralContactWindow, { nullable: true })
  contactWindow!: ReferralContactWindow | null;

  @Field(() => ReferralDeclineReason, { nullable: true })
  declineReason!: ReferralDeclineReason | null;

  @Field({ description: 'Whether the client’s consent to share contact details was recorded.' })
  hasConsent!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  openedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  firstContactAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the personal data was erased.' })
  erasedAt!: Date | null;
}

@ObjectType('ReferralConnection')
export class ReferralConnection extends Paginated(ReferralModel) {}

@ObjectType('ReferralDetails', {
  description:
    'A referral’s personal data, decrypted for the handling organisation staff; every read is logged. Null fields: not given or erased.',
})
export class ReferralDetailsModel {
  @Field(() => String, { nullable: true })
  clientName!: string | null;

  @Field(() => String, { nullable: true })
  clientPhone!: string | null;

  @Field(() => String, { nullable: true })
  clientEmail!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The referring professional’s name (null for a contact request).',
  })
  referrerName!: string | null;

  @Field(() => String, { nullable: true })
  referrerEmail!: string | null;
}

@ObjectType('ReferralNote', {
  description: 'A handling organisation note (never shown to the referrer).',
})
export class ReferralNoteModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Null once erased.' })
  text!: string | null;

  @Field(() => String, { nullable: true })
  authorName!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('ReferralReadLogEntry', { description: 'One read of a referral’s personal data.' })
export class ReferralReadLogEntryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  actorLabel!: string;

  @Field(() => Date)
  readAt!: Date;
}

@ObjectType('ReferralReadLogConnection')
export class ReferralReadLogConnection extends Paginated(ReferralReadLogEntryModel) {}

@ObjectType('ReferralReceipt', {
  description: 'What the sender of a referral or contact request learns: its id and status.',
})
export class ReferralReceiptModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReferralStatus)
  status!: ReferralStatus;
}

@ObjectType('MyReferral', {
  description:
    'A referral as the referring professional sees it: status and times only (no notes, no details).',
})
export class MyReferralModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  serviceId!: string;

  @Field({ description: 'The slug of the network the referral was made in (its portal address).' })
  networkSlug!: string;

  /** The network's id, for the field resolvers' permission checks (not in the schema). */
  networkId!: string;

  @Field(() => LocalizedText, { description: 'The service’s name.' })
  serviceName!: LocalizedText;

  @Field()
  organizationName!: string;

  @Field(() => ReferralStatus)
  status!: ReferralStatus;

  @Field(() => ReferralDeclineReason, { nullable: true })
  declineReason!: ReferralDeclineReason | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
}

@ObjectType('MyReferralConnection')
export class MyReferralConnection extends Paginated(MyReferralModel) {}

@ObjectType('ReferralCountRow', {
  description: 'Counts of one service, month and outcome (no personal data).',
})
export class ReferralCountRowModel {
  @Field(() => ID)
  serviceId!: string;

  @Field(() => LocalizedText)
  serviceName!: LocalizedText;

  @Field({ description: 'YYYY-MM (Helsinki) of arrival.' })
  month!: string;

  @Field(() => ReferralKind)
  kind!: ReferralKind;

  @Field(() => ReferralStatus, { description: 'The status now (the outcome once decided).' })
  status!: ReferralStatus;

  @Field(() => ReferralDeclineReason, { nullable: true })
  declineReason!: ReferralDeclineReason | null;

  @Field(() => Int)
  count!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Median hours from arrival to first contact (of those contacted).',
  })
  medianHoursToFirstContact!: number | null;
}

@ObjectType('NetworkReferralCounts', {
  description: 'A network’s referral counts for its coordinators (no personal data).',
})
export class NetworkReferralCountsModel {
  @Field()
  networkSlug!: string;

  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { nullable: true })
  medianHoursToFirstContact!: number | null;

  @Field(() => [ReferralCountRowModel])
  rows!: ReferralCountRowModel[];
}
