import { Injectable } from '@nestjs/common';
import { type Event, type Prisma } from '@linja/db';
import { expandOccurrences, pickText, type TLocalizedText } from '@linja/domain';

import { OutboxService } from '../mail/outbox.service';
import { mailLanguage } from '../mail/templates/mail-templates';
import { type EventNoticeParams } from '../mail/templates/event-templates';
import { occurrenceLines, occurrenceText } from './utils/event-when.util';

/** Sign-ups that are told: those holding a place or waiting for one, not yet erased. */
const TOLD_STATUSES = ['CONFIRMED', 'WAITLISTED'] as const;

/**
 * The notice to everyone signed up to a published event when its time, place or link changes, one
 * of its occurrences is cancelled or moved, or it is cancelled. The mails are written in the same
 * transaction as the change (the outbox), so a rolled-back change sends nothing; the caller
 * dispatches the returned ids after the commit. A sign-up's address is its own email, or its
 * account's. The meeting link goes only to people who may have it: never to an anonymous sign-up of
 * a professionals' or members' event.
 */
@Injectable()
export class EventNoticeService {
  constructor(private readonly outbox: OutboxService) {}

  /** Writes the change notices of `event` (as it is after the change); the outbox ids. */
  async queueChanged(
    tx: Prisma.TransactionClient,
    event: Event,
    change: EventNoticeParams['change'],
    occurrence: { startsAt: Date; endsAt: Date } | null = null,
  ): Promise<string[]> {
    const context = await this.contextOf(tx, event);
    const written: string[] = [];
    for (const signup of context.signups) {
      const language = mailLanguage(signup.language);
      const id = await this.outbox.write(tx, {
        template: 'event-changed',
        to: signup.to,
        language,
        userId: signup.userId ?? undefined,
        dedupeKey: `event-changed:${event.id}:${event.version}:${signup.id}`,
        params: {
          eventTitle: titleOf(event, language),
          organizer: context.organizer,
          when: occurrenceLines(context.upcoming, event.timeZone, language),
          change,
          occurrence: occurrence ? occurrenceText(occurrence, event.timeZone, language) : null,
          place: placeOf(event),
          isOnline: event.isOnline,
          onlineUrl:
            event.onlineUrl && (signup.userId !== null || event.audience === 'PUBLIC')
              ? event.onlineUrl
              : null,
        },
      });
      if (id) written.push(id);
    }
    return written;
  }

  /** Writes the cancellation notices of `event`; the outbox ids. */
  async queueCancelled(tx: Prisma.TransactionClient, event: Event): Promise<string[]> {
    const context = await this.contextOf(tx, event);
    const written: string[] = [];
    for (const signup of context.signups) {
      const language = mailLanguage(signup.language);
      const id = await this.outbox.write(tx, {
        template: 'event-cancelled',
        to: signup.to,
        language,
        userId: signup.userId ?? undefined,
        dedupeKey: `event-cancelled:${event.id}:${signup.id}`,
        params: {
          eventTitle: titleOf(event, language),
          organizer: context.organizer,
          when: occurrenceLines(context.upcoming, event.timeZone, language),
          reason: event.cancelReason,
        },
      });
      if (id) written.push(id);
    }
    return written;
  }

  private async contextOf(tx: Prisma.TransactionClient, event: Event) {
    const [rows, exceptions, organizer] = await Promise.all([
      tx.eventSignup.findMany({
        where: { eventId: event.id, status: { in: [...TOLD_STATUSES] }, erasedAt: null },
        select: {
          id: true,
          userId: true,
          email: true,
          language: true,
          user: { select: { email: true, disabledAt: true } },
        },
        orderBy: { createdAt: 'asc' },
      }),
      tx.eventException.findMany({ where: { eventId: event.id } }),
      event.organizationId
        ? tx.organization.findUnique({
            where: { id: event.organizationId },
            select: { name: true },
          })
        : tx.network.findUnique({ where: { id: event.networkId }, select: { name: true } }),
    ]);
    const signups = rows.flatMap((row) => {
      const to = row.email ?? (row.user && !row.user.disabledAt ? row.user.email : null);
      return to ? [{ id: row.id, userId: row.userId, language: row.language, to }] : [];
    });
    const upcoming = expandOccurrences(event, exceptions, { from: new Date() });
    return { signups, upcoming, organizer: organizer?.name ?? '' };
  }
}

function titleOf(event: Event, language: 'fi' | 'sv' | 'en'): string {
  return pickText(event.title as TLocalizedText, language) ?? '';
}

function placeOf(event: Event): string | null {
  const town = [event.postalCode, event.postOffice].filter(Boolean).join(' ');
  const parts = [event.placeName, event.streetAddress, town].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}
