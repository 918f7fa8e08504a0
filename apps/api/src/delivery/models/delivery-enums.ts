import { registerEnumType } from '@nestjs/graphql';
import { type DeliveryStatus as PrismaDeliveryStatus } from '@linja/db';

/** The GraphQL enum; `satisfies` keeps it in step with the Prisma enum at compile time. */
export const DeliveryStatus = {
  PLANNING: 'PLANNING',
  ACTIVE: 'ACTIVE',
  ENDED: 'ENDED',
} as const satisfies { [K in PrismaDeliveryStatus]: K };

export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

export const DELIVERY_STATUSES = Object.values(DeliveryStatus);

/** Days of the week, Monday first (the Finnish week). */
export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const Weekday = Object.fromEntries(WEEKDAYS.map((day) => [day, day])) as {
  [K in Weekday]: K;
};

registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Where a delivery stands; only ACTIVE deliveries are public.',
  valuesMap: {
    PLANNING: {
      description: 'Being prepared (e.g. deployment to a new region); seen only by its staff.',
    },
    ACTIVE: { description: 'Offered now; public.' },
    ENDED: { description: 'No longer offered; kept for history, seen only by its staff.' },
  },
});

registerEnumType(Weekday, { name: 'Weekday' });
