import { Injectable } from '@nestjs/common';
import { type Event, PrismaClient } from '@linja/db';
import {
  type ExtraDateProblem,
  extraDateProblem,
  isRuleOccurrence,
  lastEndOf,
} from '@linja/domain';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { lockEvent } from '../event-signups/event-signup.service';
import { OutboxService } from '../mail/outbox.service';
import {
  type AddEventOccurrenceInput,
  type CancelEventOccurrenceInput,
  type MoveEventOccurrenceInput,
  type RestoreEventOccurrenceInput,
} from './dto/event.inputs';
import { timesOf } from './event-editing.service';
import { type EventParent, eventScope, toEventParent } from './event.mapper';
import { EventNoticeService } from './event-notice.service';
import {
  assertEventVersion,
  assertNotCancelled,
  auditScope,
  loadVisibleEvent,
  writeEventVersion,
} from './utils/event-write.util';

/** Why an extra date was refused: BAD_USER_INPUT on `startsAt`, or CONFLICT with the event's dates. */
const EXTRA_DATE_ERRORS: Record<ExtraDateProblem, { conflict: boolean; message: string }> = {
  NOT_RECURRING: {
    conflict: false,
    message: 'startsAt: the event does not recur; change the event itself or create another',
  },
  IN_PAST: { conflict: false, message: 'startsAt: an extra date must be in the future' },
  BEFORE_FIRST: {
    conflict: false,
    message: "startsAt: an extra date cannot be before the event's first date",
  },
  TOO_FAR: {
    conflict: false,
    message: 'startsAt: the occurrences must fit within two years of the first one',
  },
  TOO_MANY: { conflict: true, message: 'The event already has the most extra dates allowed.' },
  DUPLICATE: {
    conflict: true,
    message:
      'An occurrence of the event already starts then (a cancelled one is restored with restoreEventOccurrence).',
  },
  OVERLAPS: { conflict: true, message: 'Another occurrence of the event is under way then.' },
};

function extraDateError(problem: ExtraDateProblem): DomainError {
  const { conflict, message } = EXTRA_DATE_ERRORS[problem];
  return conflict
    ? new DomainError('CONFLICT', message, { reason: problem })
    : new DomainError('BAD_USER_INPUT', message, { field: 'startsAt', reason: problem });
}

/** Longest moved occurrence (as an event's own occurrences). */
const MAX_OCCURRENCE_MS = 14 * 86_400_000;

/**
 * Cancelling or moving one occurrence of a recurring event (an event_exception naming the start the
 * rule gives it). Moving it again replaces the earlier move. The event's version goes up, its
 * lastEndsAt follows, and for a published event the people signed up are told.
 */
@Injectable()
export class EventOccurrenceService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
    private readonly notices: EventNoticeService,
    private readonly outbox: OutboxService,
  ) {}

  cancel(actor: Actor, input: CancelEventOccurrenceInput): Promise<EventParent> {
    return this.except(actor, input, null);
  }

  move(actor: Actor, input: MoveEventOccurrenceInput): Promise<EventParent> {
    const duration = input.newEndsAt.getTime() - input.newStartsAt.getTime();
    if (duration <= 0)
      throw new BadUserInputError('newEndsAt', 'newEndsAt: must be after newStartsAt');
    if (duration > MAX_OCCURRENCE_MS)
      throw new BadUserInputError('newEndsAt', 'newEndsAt: one occurrence lasts at most 14 days');
    return this.except(actor, input, { startsAt: input.newStartsAt, endsAt: input.newEndsAt });
  }

  /**
   * Adds a one-off extra date (RDATE) to a recurring event, as long as the event. Checked against the
   * event's dates under its row lock (extraDateProblem), so two adds never make a duplicate. For a
   * published event the people signed up are told (their sign-up covers every date, as the rule's).
   */
  async add(actor: Actor, input: AddEventOccurrenceInput): Promise<EventParent> {
    const event = await loadVisibleEvent(this.prisma, actor, input.id);
    this.authz.assert(actor, 'event.manage', eventScope(event));
    assertNotCancelled(event);
    assertEventVersion(event, input.expectedVersion);
    const start = input.startsAt;
    const duration = event.endsAt.getTime() - event.startsAt.getTime();
    const added = { startsAt: start, endsAt: new Date(start.getTime() + duration) };
    const { row, mailIds } = await this.prisma.$transaction(async (tx) => {
      await lockEvent(tx, event.id);
      const locked = await tx.event.findUniqueOrThrow({ where: { id: event.id } });
      assertEventVersion(locked, input.expectedVersion);
      const exceptions = await tx.eventException.findMany({ where: { eventId: event.id } });
      const times = timesOf(locked, locked.extraDates);
      const problem = extraDateProblem(times, exceptions, start, new Date());
      if (problem) throw extraDateError(problem);
      const extraDates = [...locked.extraDates, start].sort((a, b) => a.getTime() - b.getTime());
      const current = await writeEventVersion(tx, event.id, input.expectedVersion, {
        extraDates,
        lastEndsAt: lastEndOf(timesOf(locked, extraDates), exceptions),
      });
      await this.audit.record(tx, actor, {
        action: 'event.occurrenceAdded',
        ...auditScope(current),
        changes: [
          {
            field: 'occurrence',
            locale: null,
            before: null,
            after: `${added.startsAt.toISOString()}–${added.endsAt.toISOString()}`,
          },
        ],
      });
      const ids = await this.tell(tx, current, 'occurrenceAdded', added);
      return { row: current, mailIds: ids };
    });
    await this.outbox.dispatch(mailIds);
    return toEventParent(row);
  }

  /**
   * Undoes the cancellation or move of one occurrence (deletes its exception): it takes place at the
   * time its rule gives again, and for a published event the people signed up are told.
   */
  async restore(actor: Actor, input: RestoreEventOccurrenceInput): Promise<EventParent> {
    const event = await loadVisibleEvent(this.prisma, actor, input.id);
    this.authz.assert(actor, 'event.manage', eventScope(event));
    assertNotCancelled(event);
    assertEventVersion(event, input.expectedVersion);
    const original = input.occurrenceStart;
    const { row, mailIds } = await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.eventException.deleteMany({
        where: { eventId: event.id, occurrenceStart: original },
      });
      if (count === 0)
        throw new BadUserInputError(
          'occurrenceStart',
          'occurrenceStart: no cancelled or moved occurrence of the event starts then',
        );
      const exceptions = await tx.eventException.findMany({ where: { eventId: event.id } });
      const current = await writeEventVersion(tx, event.id, input.expectedVersion, {
        lastEndsAt: lastEndOf(timesOf(event, event.extraDates), exceptions),
      });
      await this.audit.record(tx, actor, {
        action: 'event.occurrenceRestored',
        ...auditScope(current),
        changes: [
          { field: 'occurrence', locale: null, before: null, after: original.toISOString() },
        ],
      });
      const ids =
        current.status === 'PUBLISHED'
          ? await this.notices.queueChanged(tx, current, 'changed')
          : [];
      return { row: current, mailIds: ids };
    });
    await this.outbox.dispatch(mailIds);
    return toEventParent(row);
  }

  private async except(
    actor: Actor,
    input: CancelEventOccurrenceInput,
    moveTo: { startsAt: Date; endsAt: Date } | null,
  ): Promise<EventParent> {
    const event = await loadVisibleEvent(this.prisma, actor, input.id);
    this.authz.assert(actor, 'event.manage', eventScope(event));
    assertNotCancelled(event);
    assertEventVersion(event, input.expectedVersion);
    const original = input.occurrenceStart;
    if (!event.recurrence)
      throw new BadUserInputError(
        'occurrenceStart',
        'occurrenceStart: the event does not recur; change or cancel the event itself',
      );
    if (!isRuleOccurrence(timesOf(event, event.extraDates), original))
      throw new BadUserInputError(
        'occurrenceStart',
        'occurrenceStart: no occurrence of the event starts then',
      );
    const duration = event.endsAt.getTime() - event.startsAt.getTime();
    const before = { startsAt: original, endsAt: new Date(original.getTime() + duration) };

    const { row, mailIds } = await this.prisma.$transaction(async (tx) => {
      const exception = {
        newStartsAt: moveTo?.startsAt ?? null,
        newEndsAt: moveTo?.endsAt ?? null,
      };
      await tx.eventException.upsert({
        where: { eventId_occurrenceStart: { eventId: event.id, occurrenceStart: original } },
        create: { eventId: event.id, occurrenceStart: original, ...exception },
        update: exception,
      });
      const exceptions = await tx.eventException.findMany({ where: { eventId: event.id } });
      const current = await writeEventVersion(tx, event.id, input.expectedVersion, {
        lastEndsAt: lastEndOf(timesOf(event, event.extraDates), exceptions),
      });
      await this.audit.record(tx, actor, {
        action: moveTo ? 'event.occurrenceMoved' : 'event.occurrenceCancelled',
        ...auditScope(current),
        changes: [
          {
            field: 'occurrence',
            locale: null,
            before: original.toISOString(),
            after: moveTo
              ? `${moveTo.startsAt.toISOString()}–${moveTo.endsAt.toISOString()}`
              : null,
          },
        ],
      });
      const ids = await this.tell(
        tx,
        current,
        moveTo ? 'occurrenceMoved' : 'occurrenceCancelled',
        before,
      );
      return { row: current, mailIds: ids };
    });
    await this.outbox.dispatch(mailIds);
    return toEventParent(row);
  }

  private tell(
    tx: Parameters<EventNoticeService['queueChanged']>[0],
    event: Event,
    change: 'occurrenceMoved' | 'occurrenceCancelled' | 'occurrenceAdded',
    occurrence: { startsAt: Date; endsAt: Date },
  ): Promise<string[]> {
    if (event.status !== 'PUBLISHED') return Promise.resolve([]);
    return this.notices.queueChanged(tx, event, change, occurrence);
  }
}
