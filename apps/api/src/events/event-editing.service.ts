import { Injectable } from '@nestjs/common';
import { type Event, Prisma, PrismaClient } from '@linja/db';
import { isRuleOccurrence, lastEndOf } from '@linja/domain';

import { AuditService, type FieldChangeRecord } from '../audit/audit.service';
import { type Actor, actorId } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { lockEvent, promoteWaiting } from '../event-signups/event-signup.service';
import { SignupMailService } from '../event-signups/signup-mail.service';
import { OutboxService } from '../mail/outbox.service';
import { type CreateEventInput, type UpdateEventInput } from './dto/event.inputs';
import { type TEventDetails, toValidEvent } from './dto/event.schema';
import { type EventParent, eventScope, toEventParent } from './event.mapper';
import { EventNoticeService } from './event-notice.service';
import { isEditHeldForReview } from './event-transitions';
import {
  diffEvent,
  eventColumns,
  NOTIFIED_FIELDS,
  toEventDetails,
} from './utils/event-details.util';
import { splitHeldEdit, withPendingChange } from './utils/event-pending.util';
import {
  assertEventVersion,
  assertNotCancelled,
  assertOrganiserActive,
  auditScope,
  loadVisibleEvent,
  writeEventVersion,
} from './utils/event-write.util';

/**
 * Creating and editing events. Input is validated whole at the edge (dto/event.schema.ts), then
 * against the database here (the organiser's membership, the service, the terms, the municipality).
 * Every change is one transaction with its audit record and, for a published event whose time, place
 * or link changed, the notices to the people signed up. Edits are optimistic (expectedVersion).
 */
@Injectable()
export class EventEditingService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
    private readonly notices: EventNoticeService,
    private readonly outbox: OutboxService,
    private readonly signupMails: SignupMailService,
  ) {}

  async create(actor: Actor, input: CreateEventInput): Promise<EventParent> {
    if (!isUuid(input.networkId)) throw new BadUserInputError('networkId', 'Not an id.');
    const organizationId = input.organizationId ?? null;
    if (organizationId !== null && !isUuid(organizationId))
      throw new BadUserInputError('organizationId', 'Not an id.');
    this.authz.assert(
      actor,
      'event.manage',
      eventScope({ networkId: input.networkId, organizationId }),
    );
    const network = await this.prisma.network.findUnique({
      where: { id: input.networkId },
      select: { id: true },
    });
    if (!network) throw new BadUserInputError('networkId', 'No such network.');
    const details = toValidEvent(input);
    if (organizationId) await this.assertActiveMember(input.networkId, organizationId);
    await this.assertReferences(input.networkId, organizationId, details);

    const row = await this.prisma.$transaction(async (tx) => {
      const event = await tx.event.create({
        data: {
          ...eventColumns(details),
          networkId: input.networkId,
          organizationId,
          lastEndsAt: lastEndOf(timesOf(details)),
          createdById: actorId(actor),
        },
      });
      await this.replaceTerms(tx, event.id, details.termIds, false);
      await this.audit.record(tx, actor, {
        action: 'event.created',
        ...auditScope(event),
        changes: diffEvent(null, details),
      });
      return event;
    });
    return toEventParent(row);
  }

  /**
   * Saves an edit. Where the network reviews events, an edit of a PUBLISHED event's public content by
   * a manager who is not a reviewer is held as a pending change (event-pending.util.ts): the published
   * content stays, the immediate fields (link, sign-up settings, recording) take effect now.
   */
  async update(actor: Actor, input: UpdateEventInput): Promise<EventParent> {
    const event = await loadVisibleEvent(this.prisma, actor, input.id);
    this.authz.assert(actor, 'event.manage', eventScope(event));
    assertNotCancelled(event);
    assertEventVersion(event, input.expectedVersion);
    await assertOrganiserActive(this.prisma, event);
    const published = await this.detailsOf(event);
    const before = withPendingChange(published, event.pendingChange);
    const details = toValidEvent(input, before);
    await this.assertReferences(event.networkId, event.organizationId, details);
    const network = await this.prisma.network.findUniqueOrThrow({
      where: { id: event.networkId },
      select: { eventsRequireReview: true },
    });
    const held = isEditHeldForReview(actor, {
      ...event,
      requiresReview: network.eventsRequireReview,
    });
    if (!held) {
      // A reviewer's edit (or one where nothing is reviewed) is the whole proposal, taken at once.
      return this.apply(actor, event, published, details, {
        expectedVersion: input.expectedVersion,
        replaceTerms: input.termIds !== undefined || event.pendingChange !== null,
        action: 'event.updated',
        auditChanges: diffEvent(before, details),
        data: event.pendingChange !== null ? clearedPending() : {},
      });
    }
    const { applied, pending } = splitHeldEdit(published, details);
    return this.apply(actor, event, published, applied, {
      expectedVersion: input.expectedVersion,
      replaceTerms: false,
      action: pending ? 'event.change_submitted' : 'event.updated',
      auditChanges: diffEvent(before, details),
      data: pending
        ? { pendingChange: pending, pendingChangeAt: new Date(), changeReturnReason: null }
        : clearedPending(),
    });
  }

  /** approveEvent on a PUBLISHED event with a pending change: the change takes effect now. */
  async approvePendingChange(
    actor: Actor,
    event: Event,
    expectedVersion: number,
  ): Promise<EventParent> {
    await assertOrganiserActive(this.prisma, event);
    const published = await this.detailsOf(event);
    // Validated again as a whole: the immediate fields may have changed since it was proposed.
    const details = toValidEvent({}, withPendingChange(published, event.pendingChange));
    await this.assertReferences(event.networkId, event.organizationId, details);
    return this.apply(actor, event, published, details, {
      expectedVersion,
      replaceTerms: true,
      action: 'event.change_approved',
      auditChanges: diffEvent(published, details),
      data: clearedPending(),
    });
  }

  private async detailsOf(event: Event): Promise<TEventDetails> {
    const terms = await this.prisma.eventTerm.findMany({
      where: { eventId: event.id },
      select: { termId: true },
    });
    return toEventDetails(
      event,
      terms.map((t) => t.termId),
    );
  }

  /**
   * Writes `details` over the event (`published`: what it was), in one transaction under the event's
   * row lock with the audit record, the notices to the people signed up when a published event's
   * time, place or link changed, and the waiting list's promotion when capacity changed.
   */
  private async apply(
    actor: Actor,
    event: Event,
    published: TEventDetails,
    details: TEventDetails,
    options: {
      expectedVersion: number;
      replaceTerms: boolean;
      action: string;
      auditChanges: FieldChangeRecord[];
      data: Prisma.EventUncheckedUpdateManyInput;
    },
  ): Promise<EventParent> {
    const changes = diffEvent(published, details);
    const noticed = changes.some((c) => (NOTIFIED_FIELDS as readonly string[]).includes(c.field));
    const { row, mailIds } = await this.prisma.$transaction(async (tx) => {
      // Under the event's row lock, as sign-ups are: a capacity change and a sign-up never interleave.
      await lockEvent(tx, event.id);
      // Extra dates stay while the event recurs, except those now before its first date.
      const extraDates = details.recurrence
        ? event.extraDates.filter((d) => d.getTime() >= details.startsAt.getTime())
        : [];
      const times = timesOf(details, extraDates);
      // A new time or rule may leave an exception naming no occurrence: those are dropped.
      const exceptions = await tx.eventException.findMany({ where: { eventId: event.id } });
      const stale = exceptions.filter((e) => !isRuleOccurrence(times, e.occurrenceStart));
      if (stale.length > 0)
        await tx.eventException.deleteMany({ where: { id: { in: stale.map((e) => e.id) } } });
      const kept = exceptions.filter((e) => !stale.includes(e));
      const current = await writeEventVersion(tx, event.id, options.expectedVersion, {
        ...eventColumns(details),
        extraDates,
        lastEndsAt: lastEndOf(times, kept),
        ...options.data,
      });
      if (options.replaceTerms) await this.replaceTerms(tx, event.id, details.termIds, true);
      await this.audit.record(tx, actor, {
        action: options.action,
        ...auditScope(current),
        changes: options.auditChanges,
        ...(stale.length > 0
          ? { note: `${stale.length} cancelled or moved occurrence(s) no longer in the schedule` }
          : {}),
      });
      const ids =
        noticed && current.status === 'PUBLISHED'
          ? await this.notices.queueChanged(tx, current, 'changed')
          : [];
      // More places (or no limit any more): the waiting list moves up now, each promoted person mailed.
      if (current.status === 'PUBLISHED' && changes.some((c) => c.field === 'capacity')) {
        const network = await tx.network.findUniqueOrThrow({
          where: { id: current.networkId },
          select: { slug: true },
        });
        const promotedMails = await promoteWaiting(
          tx,
          { ...current, exceptions: kept, network },
          this.signupMails,
          this.audit,
          actor,
        );
        ids.push(...promotedMails);
      }
      return { row: current, mailIds: ids };
    });
    await this.outbox.dispatch(mailIds);
    return toEventParent(row);
  }

  private async assertActiveMember(networkId: string, organizationId: string): Promise<void> {
    const membership = await this.prisma.networkMembership.findUnique({
      where: { networkId_organizationId: { networkId, organizationId } },
      select: { status: true },
    });
    if (membership?.status !== 'ACTIVE') {
      throw new BadUserInputError(
        'organizationId',
        'The organising organisation is not an active member of the network.',
      );
    }
  }

  /** The service, the terms and the municipality exist and fit the event's network and organiser. */
  private async assertReferences(
    networkId: string,
    organizationId: string | null,
    details: TEventDetails,
  ): Promise<void> {
    const [service, terms, municipality] = await Promise.all([
      details.serviceId
        ? this.prisma.service.findUnique({
            where: { id: details.serviceId },
            select: {
              networkId: true,
              responsibleOrganizationId: true,
              // Whether the organiser delivers it (for another organisation's service).
              deliveries: { where: { organizationId: organizationId ?? undefined }, take: 1 },
            },
          })
        : null,
      details.termIds.length > 0
        ? this.prisma.taxonomyTerm.findMany({
            where: { id: { in: details.termIds }, networkId },
            select: { id: true },
          })
        : [],
      details.municipalityCode
        ? this.prisma.municipality.findUnique({
            where: { code: details.municipalityCode },
            select: { code: true },
          })
        : null,
    ]);
    if (details.serviceId) {
      if (!service || service.networkId !== networkId)
        throw new BadUserInputError('serviceId', "The service is not in the event's network.");
      if (
        organizationId &&
        service.responsibleOrganizationId !== organizationId &&
        service.deliveries.length === 0
      ) {
        throw new BadUserInputError(
          'serviceId',
          'The service is neither the organisation’s own nor delivered by it.',
        );
      }
    }
    const known = new Set(terms.map((term) => term.id));
    const unknown = details.termIds.findIndex((id) => !known.has(id));
    if (unknown >= 0)
      throw new BadUserInputError(
        `termIds.${unknown}`,
        `termIds.${unknown}: not a term of the event's network`,
      );
    if (details.municipalityCode && !municipality)
      throw new BadUserInputError(
        'municipalityCode',
        `municipalityCode: unknown municipality code "${details.municipalityCode}"`,
      );
  }

  private async replaceTerms(
    tx: Prisma.TransactionClient,
    eventId: string,
    termIds: readonly string[],
    clearFirst: boolean,
  ): Promise<void> {
    if (clearFirst) await tx.eventTerm.deleteMany({ where: { eventId } });
    if (termIds.length > 0)
      await tx.eventTerm.createMany({ data: termIds.map((termId) => ({ eventId, termId })) });
  }
}

/** The columns that drop a pending change. */
function clearedPending(): Prisma.EventUncheckedUpdateManyInput {
  return { pendingChange: Prisma.DbNull, pendingChangeAt: null };
}

/** The recurrence fields of an event (details or row) as the domain's RecurringTimes. */
export function timesOf(
  event: Pick<TEventDetails, 'startsAt' | 'endsAt' | 'timeZone'> & {
    recurrence?: string | null;
  },
  extraDates: readonly Date[] = [],
) {
  return {
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    recurrence: event.recurrence ?? null,
    extraDates,
  };
}
