import { registerEnumType } from '@nestjs/graphql';
import {
  type ReferralKind as PrismaReferralKind,
  type ReferralStatus as PrismaReferralStatus,
  type ReferralUrgency as PrismaReferralUrgency,
} from '@linja/db';

/** The GraphQL enums; `satisfies` keeps them in step with the Prisma enums at compile time. */
export const ReferralKind = {
  REFERRAL: 'REFERRAL',
  CONTACT_REQUEST: 'CONTACT_REQUEST',
} as const satisfies { [K in PrismaReferralKind]: K };
export type ReferralKind = (typeof ReferralKind)[keyof typeof ReferralKind];

export const ReferralStatus = {
  NEW: 'NEW',
  OPENED: 'OPENED',
  ACCEPTED: 'ACCEPTED',
  DECLINED: 'DECLINED',
  CLOSED: 'CLOSED',
} as const satisfies { [K in PrismaReferralStatus]: K };
export type ReferralStatus = (typeof ReferralStatus)[keyof typeof ReferralStatus];

export const ReferralUrgency = {
  ROUTINE: 'ROUTINE',
  SOON: 'SOON',
  URGENT: 'URGENT',
} as const satisfies { [K in PrismaReferralUrgency]: K };
export type ReferralUrgency = (typeof ReferralUrgency)[keyof typeof ReferralUrgency];

/** How the client wishes to be contacted. */
export const ReferralContactMethod = { PHONE: 'PHONE', EMAIL: 'EMAIL', ANY: 'ANY' } as const;
export type ReferralContactMethod =
  (typeof ReferralContactMethod)[keyof typeof ReferralContactMethod];

/** When the client wishes to be contacted. */
export const ReferralContactWindow = {
  MORNING: 'MORNING',
  AFTERNOON: 'AFTERNOON',
  EVENING: 'EVENING',
  ANY: 'ANY',
} as const;
export type ReferralContactWindow =
  (typeof ReferralContactWindow)[keyof typeof ReferralContactWindow];

/** Why the organisation declines (a fixed list, so the counts can group by it). */
export const ReferralDeclineReason = {
  NOT_ELIGIBLE: 'NOT_ELIGIBLE',
  NO_CAPACITY: 'NO_CAPACITY',
  WRONG_SERVICE: 'WRONG_SERVICE',
  CLIENT_UNREACHABLE: 'CLIENT_UNREACHABLE',
  DUPLICATE: 'DUPLICATE',
  OTHER: 'OTHER',
} as const;
export type ReferralDeclineReason =
  (typeof ReferralDeclineReason)[keyof typeof ReferralDeclineReason];

registerEnumType(ReferralKind, {
  name: 'ReferralKind',
  description:
    'REFERRAL: a professional refers a client; CONTACT_REQUEST: a person asks to be contacted.',
});
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'NEW → OPENED → ACCEPTED / DECLINED → CLOSED (referrals/referral-transitions.ts).',
});
registerEnumType(ReferralUrgency, { name: 'ReferralUrgency' });
registerEnumType(ReferralContactMethod, { name: 'ReferralContactMethod' });
registerEnumType(ReferralContactWindow, { name: 'ReferralContactWindow' });
registerEnumType(ReferralDeclineReason, { name: 'ReferralDeclineReason' });
