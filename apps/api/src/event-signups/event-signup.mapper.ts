import { type EventSignup } from '@linja/db';

import { type Scope } from '../authz/permissions';
import { type EventSignupModel } from './models/event-signup.model';

/** A sign-up row with its account's name and email (a signed-in person's are not stored twice). */
export type SignupRow = EventSignup & {
  user: { name: string; email: string } | null;
};

export const SIGNUP_INCLUDE = { user: { select: { name: true, email: true } } } as const;

export function toEventSignupModel(row: SignupRow): EventSignupModel {
  const erased = row.erasedAt !== null;
  return {
    id: row.id,
    eventId: row.eventId,
    status: row.status,
    name: erased ? null : (row.user?.name ?? row.name),
    email: erased ? null : (row.user?.email ?? row.email),
    answer: erased ? null : row.answer,
    language: row.language,
    hasAccount: row.userId !== null,
    attended: row.attended,
    createdAt: row.createdAt,
    promotedAt: row.promotedAt,
    cancelledAt: row.cancelledAt,
    erasedAt: row.erasedAt,
  };
}

/** The scope `event.manage` is checked against: the event's network and organising organisation. */
export function eventScope(event: { networkId: string; organizationId: string | null }): Scope {
  return event.organizationId
    ? { networkId: event.networkId, organizationId: event.organizationId }
    : { networkId: event.networkId };
}
