import { registerEnumType } from '@nestjs/graphql';
import {
  type ComputedIndicatorKind as PrismaComputedKind,
  type FundingType as PrismaFundingType,
  type IndicatorAggregation as PrismaAggregation,
  type IndicatorSource as PrismaSource,
  type OrganizationReportStatus as PrismaReportStatus,
  type ReportingPeriodKind as PrismaPeriodKind,
  type ReportingRoundStatus as PrismaRoundStatus,
} from '@linja/db';

/** The GraphQL enums; `satisfies` keeps them in step with the Prisma enums at compile time. */
export const IndicatorAggregation = {
  COUNT: 'COUNT',
  SUM: 'SUM',
  AVERAGE: 'AVERAGE',
  SHARE: 'SHARE',
} as const satisfies { [K in PrismaAggregation]: K };
export type IndicatorAggregation = (typeof IndicatorAggregation)[keyof typeof IndicatorAggregation];

export const IndicatorSource = {
  COMPUTED: 'COMPUTED',
  REPORTED: 'REPORTED',
} as const satisfies { [K in PrismaSource]: K };
export type IndicatorSource = (typeof IndicatorSource)[keyof typeof IndicatorSource];

export const ComputedIndicatorKind = {
  SERVICES_PUBLISHED: 'SERVICES_PUBLISHED',
  MUNICIPALITIES_REACHED: 'MUNICIPALITIES_REACHED',
  WELLBEING_AREAS_REACHED: 'WELLBEING_AREAS_REACHED',
  DELIVERIES_OPENED: 'DELIVERIES_OPENED',
  SERVICES_VERIFIED_ON_TIME: 'SERVICES_VERIFIED_ON_TIME',
  EVENTS_HELD: 'EVENTS_HELD',
  EVENT_PARTICIPANTS: 'EVENT_PARTICIPANTS',
  INFO_SESSION_PRESENTATIONS: 'INFO_SESSION_PRESENTATIONS',
  REFERRALS: 'REFERRALS',
  SUPPORT_CONTACTS: 'SUPPORT_CONTACTS',
  FEEDBACK_RESPONSES: 'FEEDBACK_RESPONSES',
  FEEDBACK_AVERAGE_SCORE: 'FEEDBACK_AVERAGE_SCORE',
} as const satisfies { [K in PrismaComputedKind]: K };
export type ComputedIndicatorKind =
  (typeof ComputedIndicatorKind)[keyof typeof ComputedIndicatorKind];

export const ReportingPeriodKind = {
  YEAR: 'YEAR',
  TERM: 'TERM',
  MONTH: 'MONTH',
} as const satisfies { [K in PrismaPeriodKind]: K };
export type ReportingPeriodKind = (typeof ReportingPeriodKind)[keyof typeof ReportingPeriodKind];

export const FundingType = {
  GRANT: 'GRANT',
  STATE_COMPENSATION: 'STATE_COMPENSATION',
  PURCHASE_WELLBEING_AREA: 'PURCHASE_WELLBEING_AREA',
  PURCHASE_MUNICIPALITY: 'PURCHASE_MUNICIPALITY',
  DONATION: 'DONATION',
} as const satisfies { [K in PrismaFundingType]: K };
export type FundingType = (typeof FundingType)[keyof typeof FundingType];

export const ReportingRoundStatus = {
  OPEN: 'OPEN',
  LOCKED: 'LOCKED',
} as const satisfies { [K in PrismaRoundStatus]: K };
export type ReportingRoundStatus = (typeof ReportingRoundStatus)[keyof typeof ReportingRoundStatus];

export const OrganizationReportStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  CORRECTION_REQUESTED: 'CORRECTION_REQUESTED',
} as const satisfies { [K in PrismaReportStatus]: K };
export type OrganizationReportStatus =
  (typeof OrganizationReportStatus)[keyof typeof OrganizationReportStatus];

registerEnumType(IndicatorAggregation, { name: 'IndicatorAggregation' });
registerEnumType(IndicatorSource, { name: 'IndicatorSource' });
registerEnumType(ComputedIndicatorKind, { name: 'ComputedIndicatorKind' });
registerEnumType(ReportingPeriodKind, {
  name: 'ReportingPeriodKind',
  description: 'YEAR; TERM: half a year (1 = January–June, 2 = July–December); MONTH.',
});
registerEnumType(FundingType, { name: 'FundingType' });
registerEnumType(ReportingRoundStatus, { name: 'ReportingRoundStatus' });
registerEnumType(OrganizationReportStatus, { name: 'OrganizationReportStatus' });
