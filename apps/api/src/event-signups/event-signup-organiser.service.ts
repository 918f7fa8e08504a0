import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import { visibleEventsWhere } from '../events/event-visibility';
import { eventNotFound, signupNotFound } from './event-signups.errors';
import { eventScope, SIGNUP_INCLUDE, toEventSignupModel } from './event-signup.mapper';
import { type EventSignupModel } from './models/event-signup.model';

/** Most people a head count may record. */
const MAX_ATTENDANCE_COUNT = 100_000;

/**
 * The organisers' side of sign-ups (`event.manage` over the event's scope): the list of sign-ups,
 * marking who came, and a head count. An event the caller cannot see is NOT_FOUND; one they see but
 * do not manage is FORBIDDEN (nothing is read or changed).
 */
@Injectable()
export class EventSignupOrganiserService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async list(
    actor: Actor,
    eventId: string,
    args: PaginationArgs,
  ): Promise<Connection<EventSignupModel>> {
    const event = await this.managedEvent(actor, eventId);
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const [afterAt, afterId] = page.after ?? [];
    // A sign-up not yet confirmed from its mailbox is not the organisers' to see (nor, maybe, real).
    const scope: Prisma.EventSignupWhereInput = { eventId: event.id, status: { not: 'PENDING' } };
    const where: Prisma.EventSignupWhereInput =
      page.after === undefined
        ? scope
        : {
            ...scope,
            OR: [
              { createdAt: { gt: new Date(String(afterAt)) } },
              { createdAt: new Date(String(afterAt)), id: { gt: String(afterId) } },
            ],
          };
    const [rows, totalCount] = await Promise.all([
      this.prisma.eventSignup.findMany({
        where,
        include: SIGNUP_INCLUDE,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.eventSignup.count({ where: scope }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.createdAt.toISOString(), row.id],
      toEventSignupModel,
    );
  }

  /** Marks whether a person came (null: not marked). */
  async markAttendance(
    actor: Actor,
    signupId: string,
    attended: boolean | null,
  ): Promise<EventSignupModel> {
    if (!isUuid(signupId)) throw signupNotFound(signupId);
    const found = await this.prisma.eventSignup.findUnique({
      where: { id: signupId },
      select: { eventId: true, status: true },
    });
    if (!found || found.status === 'PENDING') throw signupNotFound(signupId);
    const event = await this.managedEvent(actor, found.eventId, () => signupNotFound(signupId));
    const row = await this.prisma.$transaction(async (tx) => {
      const before = await tx.eventSignup.findUniqueOrThrow({ where: { id: signupId } });
      const updated = await tx.eventSignup.update({
        where: { id: signupId },
        data: { attended },
        include: SIGNUP_INCLUDE,
      });
      if (before.attended !== attended) {
        await this.audit.record(tx, actor, {
          action: 'event.attendanceMarked',
          entityType: 'EventSignup',
          entityId: signupId,
          networkId: event.networkId,
          ...(event.organizationId ? { organizationId: event.organizationId } : {}),
          changes: [
            {
              field: 'attended',
              locale: null,
              before: before.attended === null ? null : String(before.attended),
              after: attended === null ? null : String(attended),
            },
          ],
        });
      }
      return updated;
    });
    return toEventSignupModel(row);
  }

  /** Records (or with null clears) the event's head count; returns the event's id. */
  async setAttendanceCount(actor: Actor, eventId: string, count: number | null): Promise<string> {
    if (count !== null && (!Number.isInteger(count) || count < 0 || count > MAX_ATTENDANCE_COUNT)) {
      throw new BadUserInputError('count', `count must be 0–${MAX_ATTENDANCE_COUNT}.`);
    }
    const event = await this.managedEvent(actor, eventId);
    await this.prisma.$transaction(async (tx) => {
      await tx.event.update({ where: { id: event.id }, data: { attendanceCount: count } });
      if (event.attendanceCount !== count) {
        await this.audit.record(tx, actor, {
          action: 'event.attendanceCounted',
          entityType: 'Event',
          entityId: event.id,
          networkId: event.networkId,
          ...(event.organizationId ? { organizationId: event.organizationId } : {}),
          changes: [
            {
              field: 'attendanceCount',
              locale: null,
              before: event.attendanceCount === null ? null : String(event.attendanceCount),
              after: count === null ? null : String(count),
            },
          ],
        });
      }
    });
    return event.id;
  }

  /**
   * The event, when the actor manages it: NOT_FOUND when they cannot even see it (nothing about its
   * existence leaks), FORBIDDEN when they see it but do not manage it.
   */
  private async managedEvent(
    actor: Actor,
    eventId: string,
    notFound: () => Error = () => eventNotFound(eventId),
  ) {
    if (!isUuid(eventId)) throw notFound();
    // visibleEventsWhere includes every event of the actor's own organisations and networks.
    const event = await this.prisma.event.findFirst({
      where: { AND: [{ id: eventId }, visibleEventsWhere(actor)] },
      select: { id: true, networkId: true, organizationId: true, attendanceCount: true },
    });
    if (!event) throw notFound();
    this.authz.assert(actor, 'event.manage', eventScope(event));
    return event;
  }
}
