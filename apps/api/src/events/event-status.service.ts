import { Injectable } from '@nestjs/common';
import { type Event, Prisma, PrismaClient } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { BadUserInputError } from '../common/errors/domain-error';
import { OutboxService } from '../mail/outbox.service';
import { type EventReasonInput, type EventVersionInput } from './dto/event.inputs';
import { eventNotFound, eventVersionConflict } from './event.errors';
import { type EventParent, toEventParent } from './event.mapper';
import { EventEditingService } from './event-editing.service';
import { EventNoticeService } from './event-notice.service';
import { assertEventTransition, type EventOperation } from './event-transitions';
import {
  assertEventVersion,
  assertOrganiserActive,
  auditScope,
  loadVisibleEvent,
  writeEventVersion,
} from './utils/event-write.util';

const MAX_REASON = 1000;

/**
 * An event's status changes, each through event-transitions.ts (who may take which transition from
 * which status), in one transaction with its audit record; cancelling a published event also writes
 * the notices to the people signed up.
 */
@Injectable()
export class EventStatusService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly notices: EventNoticeService,
    private readonly outbox: OutboxService,
    private readonly editing: EventEditingService,
  ) {}

  submit(actor: Actor, input: EventVersionInput): Promise<EventParent> {
    return this.change(actor, input, 'submitEvent', {}, 'event.submitted');
  }

  /** Publishes a submitted event, or applies the pending change of a published one. */
  async approve(actor: Actor, input: EventVersionInput): Promise<EventParent> {
    const event = await this.prepare(actor, input, 'approveEvent');
    if (event.status === 'PUBLISHED')
      return this.editing.approvePendingChange(actor, event, input.expectedVersion);
    return this.changePrepared(actor, event, input, {}, 'event.approved');
  }

  publish(actor: Actor, input: EventVersionInput): Promise<EventParent> {
    return this.change(actor, input, 'publishEvent', {}, 'event.published');
  }

  /** Returns a submitted event to its editors, or drops the pending change of a published one. */
  async return(actor: Actor, input: EventReasonInput): Promise<EventParent> {
    const reason = reasonOf(input.reason);
    const event = await this.prepare(actor, input, 'returnEvent');
    if (event.status === 'PUBLISHED') {
      const data = {
        pendingChange: Prisma.DbNull,
        pendingChangeAt: null,
        changeReturnReason: reason,
      };
      return this.changePrepared(actor, event, input, data, 'event.change_returned', reason);
    }
    return this.changePrepared(
      actor,
      event,
      input,
      { returnReason: reason },
      'event.returned',
      reason,
    );
  }

  cancel(actor: Actor, input: EventReasonInput): Promise<EventParent> {
    const reason = reasonOf(input.reason);
    return this.change(
      actor,
      input,
      'cancelEvent',
      { cancelReason: reason, cancelledAt: new Date() },
      'event.cancelled',
      reason,
    );
  }

  /** Removes a draft (never submitted or published); returns its id. */
  async deleteDraft(actor: Actor, input: EventVersionInput): Promise<string> {
    const event = await this.prepare(actor, input, 'deleteEventDraft');
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.event.deleteMany({
        where: { id: event.id, version: input.expectedVersion, status: 'DRAFT' },
      });
      if (count === 0) await throwStale(tx, event.id, input.expectedVersion);
      await this.audit.record(tx, actor, { action: 'event.deleted', ...auditScope(event) });
    });
    return event.id;
  }

  private async prepare(
    actor: Actor,
    input: EventVersionInput,
    via: EventOperation,
  ): Promise<Event & { to: ReturnType<typeof assertEventTransition> }> {
    const event = await loadVisibleEvent(this.prisma, actor, input.id);
    const network = await this.prisma.network.findUniqueOrThrow({
      where: { id: event.networkId },
      select: { eventsRequireReview: true },
    });
    const to = assertEventTransition(
      actor,
      {
        ...event,
        requiresReview: network.eventsRequireReview,
        hasPendingChange: event.pendingChange !== null,
      },
      via,
    );
    assertEventVersion(event, input.expectedVersion);
    return { ...event, to };
  }

  private async change(
    actor: Actor,
    input: EventVersionInput,
    via: Exclude<EventOperation, 'deleteEventDraft'>,
    data: Prisma.EventUncheckedUpdateManyInput,
    action: string,
    note?: string,
  ): Promise<EventParent> {
    const event = await this.prepare(actor, input, via);
    return this.changePrepared(actor, event, input, data, action, note);
  }

  private async changePrepared(
    actor: Actor,
    event: Event & { to: ReturnType<typeof assertEventTransition> },
    input: EventVersionInput,
    data: Prisma.EventUncheckedUpdateManyInput,
    action: string,
    note?: string,
  ): Promise<EventParent> {
    // Going (or staying on the way to) public needs an active organiser; returning and cancelling do not.
    if (event.to === 'SUBMITTED' || (event.to === 'PUBLISHED' && event.status !== 'PUBLISHED')) {
      await assertOrganiserActive(this.prisma, event);
    }
    const to = event.to as Event['status'];
    const published = to === 'PUBLISHED';
    const { row, mailIds } = await this.prisma.$transaction(async (tx) => {
      const current = await writeEventVersion(tx, event.id, input.expectedVersion, {
        ...data,
        status: to,
        ...(published ? { publishedAt: event.publishedAt ?? new Date(), returnReason: null } : {}),
      });
      await this.audit.record(tx, actor, {
        action,
        ...auditScope(current),
        changes:
          event.status === to
            ? []
            : [{ field: 'status', locale: null, before: event.status, after: to }],
        ...(note ? { note } : {}),
      });
      const ids = to === 'CANCELLED' ? await this.notices.queueCancelled(tx, current) : [];
      return { row: current, mailIds: ids };
    });
    await this.outbox.dispatch(mailIds);
    return toEventParent(row);
  }
}

function reasonOf(value: string): string {
  const reason = value.trim();
  if (!reason) throw new BadUserInputError('reason', 'reason: required');
  if (reason.length > MAX_REASON)
    throw new BadUserInputError('reason', `reason: at most ${MAX_REASON} characters`);
  return reason;
}

async function throwStale(
  tx: Prisma.TransactionClient,
  id: string,
  expectedVersion: number,
): Promise<never> {
  const now = await tx.event.findUnique({ where: { id }, select: { version: true } });
  if (!now) throw eventNotFound(id);
  throw eventVersionConflict(expectedVersion, now.version);
}
