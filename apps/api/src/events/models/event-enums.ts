import { registerEnumType } from '@nestjs/graphql';
import {
  type EventAudience as PrismaEventAudience,
  type EventKind as PrismaEventKind,
  type EventStatus as PrismaEventStatus,
} from '@linja/db';

/** The GraphQL enums; `satisfies` keeps them in step with the Prisma enums at compile time. */
export const EventKind = {
  INFO_SESSION: 'INFO_SESSION',
  GROUP: 'GROUP',
  PUBLIC_EVENT: 'PUBLIC_EVENT',
  WEBINAR: 'WEBINAR',
  TRAINING: 'TRAINING',
} as const satisfies { [K in PrismaEventKind]: K };
export type EventKind = (typeof EventKind)[keyof typeof EventKind];

export const EventAudience = {
  PUBLIC: 'PUBLIC',
  PROFESSIONALS: 'PROFESSIONALS',
  MEMBERS: 'MEMBERS',
} as const satisfies { [K in PrismaEventAudience]: K };
export type EventAudience = (typeof EventAudience)[keyof typeof EventAudience];

export const EventStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  RETURNED: 'RETURNED',
  PUBLISHED: 'PUBLISHED',
  CANCELLED: 'CANCELLED',
} as const satisfies { [K in PrismaEventStatus]: K };
export type EventStatus = (typeof EventStatus)[keyof typeof EventStatus];

registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'Info session, group (meets several times), public event, webinar or training.',
});
registerEnumType(EventAudience, {
  name: 'EventAudience',
  description:
    'Who the event is for: the public; signed-in professionals of the network; or the staff of its member organisations.',
});
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description:
    'DRAFT → (SUBMITTED → PUBLISHED | RETURNED) or PUBLISHED directly; CANCELLED. See event-transitions.ts.',
});

/** What the caller may do with an event now (for showing actions; the server checks again). */
export const EventAction = {
  UPDATE: 'UPDATE',
  SUBMIT: 'SUBMIT',
  APPROVE: 'APPROVE',
  RETURN: 'RETURN',
  PUBLISH: 'PUBLISH',
  CANCEL: 'CANCEL',
  DELETE: 'DELETE',
} as const;
export type EventAction = (typeof EventAction)[keyof typeof EventAction];

registerEnumType(EventAction, {
  name: 'EventAction',
  description:
    'An operation on an event: updateEvent, submitEvent, approveEvent, … deleteEventDraft.',
});
