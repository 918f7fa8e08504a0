import { type Event } from '@linja/db';

import { toLocalizedText } from '../common/localization/localized-text.util';
import { type EventModel } from './models/event.model';

/**
 * The parent object of an Event in GraphQL: its public columns plus what field resolvers need. The
 * meeting link is kept aside (`storedOnlineUrl`) and only reaches a reader through `onlineUrl`, which
 * checks mayReadOnlineUrl.
 */
export interface EventParent extends EventModel {
  readonly storedOnlineUrl: string | null;
  /** The stored row, for what only its managers read (the pending change: changeReview). */
  readonly storedRow: Event;
}

export function toEventParent(row: Event): EventParent {
  return {
    id: row.id,
    networkId: row.networkId,
    organizationId: row.organizationId,
    serviceId: row.serviceId,
    seriesId: row.seriesId,
    kind: row.kind,
    audience: row.audience,
    status: row.status,
    version: row.version,
    title: toLocalizedText(row.title),
    description: toLocalizedText(row.description),
    languages: row.languages,
    cost: row.cost,
    costNote: toLocalizedText(row.costNote),
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    recurrence: row.recurrence,
    extraDates: row.extraDates,
    lastEndsAt: row.lastEndsAt,
    meetingCount: row.meetingCount,
    placeName: row.placeName,
    streetAddress: row.streetAddress,
    postalCode: row.postalCode,
    postOffice: row.postOffice,
    municipalityCode: row.municipalityCode,
    accessibility: toLocalizedText(row.accessibility),
    isOnline: row.isOnline,
    signupEnabled: row.signupEnabled,
    capacity: row.capacity,
    waitlistEnabled: row.waitlistEnabled,
    signupDeadline: row.signupDeadline,
    signupQuestion: toLocalizedText(row.signupQuestion),
    attendanceCount: row.attendanceCount,
    recordingUrl: row.recordingUrl,
    returnReason: row.returnReason,
    cancelReason: row.cancelReason,
    publishedAt: row.publishedAt,
    cancelledAt: row.cancelledAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    storedOnlineUrl: row.onlineUrl,
    storedRow: row,
  };
}

/** What permissions are checked against for an event: its network and its organisation. */
export function eventScope(event: { networkId: string; organizationId: string | null }) {
  return event.organizationId
    ? { networkId: event.networkId, organizationId: event.organizationId }
    : { networkId: event.networkId };
}
