import { Injectable } from '@nestjs/common';
import {
  type Prisma,
  PrismaClient,
  type SupportContact,
  type SupportContactStatus,
} from '@linja/db';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import {
  type LogSupportContactInput,
  type SetSupportContactStatusInput,
  type SupportContactFilter,
  type SupportContactsArgs,
  type UpdateSupportContactInput,
} from './dto/support-contacts.inputs';
import {
  dateOf,
  helsinkiToday,
  parseInput,
  ZIsoDate,
  ZLogSupportContact,
  ZSetStatus,
  ZUpdateSupportContact,
} from './dto/support-contacts.schema';
import { supportContactTransition } from './support-contact-transitions';
import { managedNetworkById, managedNetworkBySlug } from './support-contacts-access';
import { supportContactNotFound } from './support-contacts.errors';

/**
 * The coordination team's log (issue 16): contacts from the network's member and partner
 * organisations, with the network's topics, a channel, a status that moves only as
 * support-contact-transitions.ts lists, and a follow-up date. Only the network's coordinators (and
 * platform admins) read or change it. Minimal personal data: an optional name and a short note.
 */
@Injectable()
export class SupportContactService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
  ) {}

  // ── Reading ────────────────────────────────────────────────────────────────────────────────────

  /** The network's contacts, newest day first, filtered. */
  async list(actor: Actor, args: SupportContactsArgs): Promise<Connection<SupportContact>> {
    const network = await managedNetworkBySlug(this.prisma, this.authz, actor, args.networkSlug);
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const where: Prisma.SupportContactWhereInput = {
      AND: [{ networkId: network.id }, this.filterWhere(args.filter)],
    };
    const [afterDay, afterId] = page.after ?? [];
    const pageWhere: Prisma.SupportContactWhereInput =
      page.after === undefined
        ? where
        : {
            AND: [
              where,
              {
                OR: [
                  { contactedOn: { lt: new Date(String(afterDay)) } },
                  { contactedOn: new Date(String(afterDay)), id: { lt: String(afterId) } },
                ],
              },
            ],
          };
    const [rows, totalCount] = await Promise.all([
      this.prisma.supportContact.findMany({
        where: pageWhere,
        orderBy: [{ contactedOn: 'desc' }, { id: 'desc' }],
        take: page.take + 1,
      }),
      this.prisma.supportContact.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.contactedOn.toISOString(), row.id],
      (row) => row,
    );
  }

  /** One contact, or NOT_FOUND when it does not exist or the actor does not coordinate its network. */
  async get(actor: Actor, id: string): Promise<SupportContact> {
    const row = isUuid(id) ? await this.prisma.supportContact.findUnique({ where: { id } }) : null;
    if (!row || !this.authz.can(actor, 'supportContact.manage', { networkId: row.networkId })) {
      if (actor.kind === 'anonymous') this.authz.assert(actor, 'supportContact.manage', {});
      throw supportContactNotFound(id);
    }
    return row;
  }

  // ── Changing ───────────────────────────────────────────────────────────────────────────────────

  async log(actor: Actor, input: LogSupportContactInput): Promise<SupportContact> {
    const network = await managedNetworkById(this.prisma, this.authz, actor, input.networkId);
    const parsed = parseInput(ZLogSupportContact, {
      contactedOn: input.contactedOn,
      topicIds: input.topicIds,
      status: input.status,
      followUpOn: input.followUpOn,
      contactPerson: input.contactPerson,
      note: input.note,
    });
    this.notInFuture(parsed.contactedOn);
    await this.checkOrganization(network.id, input.organizationId, 'input.organizationId');
    await this.checkTopics(network.id, parsed.topicIds, []);
    const status = parsed.status ?? 'OPEN';
    return this.prisma.supportContact.create({
      data: {
        networkId: network.id,
        organizationId: input.organizationId,
        contactedOn: dateOf(parsed.contactedOn),
        channel: input.channel,
        status,
        followUpOn: status === 'FOLLOW_UP' && parsed.followUpOn ? dateOf(parsed.followUpOn) : null,
        contactPerson: parsed.contactPerson ?? null,
        note: parsed.note ?? null,
        createdById: actor.kind === 'user' && isUuid(actor.id) ? actor.id : null,
        closedAt: status === 'CLOSED' ? new Date() : null,
        topics: { create: parsed.topicIds.map((topicId) => ({ topicId })) },
      },
    });
  }

  /** Changes what was logged (omitted = unchanged); the status changes only through setStatus. */
  async update(actor: Actor, input: UpdateSupportContactInput): Promise<SupportContact> {
    const contact = await this.get(actor, input.id);
    const parsed = parseInput(ZUpdateSupportContact, {
      contactedOn: input.contactedOn,
      topicIds: input.topicIds,
      contactPerson: input.contactPerson,
      note: input.note,
    });
    const data: Prisma.SupportContactUpdateInput = {};
    if (parsed.contactedOn) {
      this.notInFuture(parsed.contactedOn);
      data.contactedOn = dateOf(parsed.contactedOn);
    }
    if (input.organizationId) {
      await this.checkOrganization(contact.networkId, input.organizationId, 'input.organizationId');
      data.organization = { connect: { id: input.organizationId } };
    }
    if (input.channel) data.channel = input.channel;
    if (parsed.contactPerson !== undefined) data.contactPerson = parsed.contactPerson;
    if (parsed.note !== undefined) data.note = parsed.note;
    const topicIds = parsed.topicIds;
    if (topicIds) {
      const current = await this.prisma.supportContactTopic.findMany({
        where: { contactId: contact.id },
        select: { topicId: true },
      });
      await this.checkTopics(
        contact.networkId,
        topicIds,
        current.map((row) => row.topicId),
      );
    }
    return this.prisma.$transaction(async (tx) => {
      if (topicIds) {
        await tx.supportContactTopic.deleteMany({ where: { contactId: contact.id } });
        await tx.supportContactTopic.createMany({
          data: topicIds.map((topicId) => ({ contactId: contact.id, topicId })),
        });
      }
      return tx.supportContact.update({ where: { id: contact.id }, data });
    });
  }

  /**
   * Moves the status as the transition table allows (CONFLICT otherwise). FOLLOW_UP needs a
   * follow-up date; setting FOLLOW_UP again only moves the date. Leaving FOLLOW_UP clears the date.
   */
  async setStatus(actor: Actor, input: SetSupportContactStatusInput): Promise<SupportContact> {
    const contact = await this.get(actor, input.id);
    const parsed = parseInput(ZSetStatus, { status: input.status, followUpOn: input.followUpOn });
    const to: SupportContactStatus =
      contact.status === 'FOLLOW_UP' && parsed.status === 'FOLLOW_UP'
        ? 'FOLLOW_UP'
        : supportContactTransition(contact.status, parsed.status);
    const updated = await this.prisma.supportContact.updateMany({
      where: { id: contact.id, status: contact.status },
      data: {
        status: to,
        followUpOn: to === 'FOLLOW_UP' && parsed.followUpOn ? dateOf(parsed.followUpOn) : null,
        closedAt: to === 'CLOSED' ? new Date() : null,
      },
    });
    // Changed meanwhile by someone else: check the change again against the status now.
    if (updated.count === 0) return this.setStatus(actor, input);
    return this.get(actor, contact.id);
  }

  // ── Rules ──────────────────────────────────────────────────────────────────────────────────────

  private filterWhere(
    filter: SupportContactFilter | null | undefined,
  ): Prisma.SupportContactWhereInput {
    if (!filter) return {};
    const where: Prisma.SupportContactWhereInput = {};
    if (filter.organizationId) {
      if (!isUuid(filter.organizationId)) {
        throw new BadUserInputError('filter.organizationId', 'filter.organizationId: not an id.');
      }
      where.organizationId = filter.organizationId;
    }
    if (filter.topicId) {
      if (!isUuid(filter.topicId)) {
        throw new BadUserInputError('filter.topicId', 'filter.topicId: not an id.');
      }
      where.topics = { some: { topicId: filter.topicId } };
    }
    if (filter.channel) where.channel = filter.channel;
    if (filter.status) where.status = filter.status;
    const from = filter.from ? parseInput(ZIsoDate, filter.from, 'filter.from') : undefined;
    const to = filter.to ? parseInput(ZIsoDate, filter.to, 'filter.to') : undefined;
    if (from && to && to < from) {
      throw new BadUserInputError('filter.to', 'filter.to: must not be before filter.from.');
    }
    if (from || to) {
      where.contactedOn = {
        ...(from ? { gte: dateOf(from) } : {}),
        ...(to ? { lte: dateOf(to) } : {}),
      };
    }
    return where;
  }

  private notInFuture(day: string): void {
    if (day > helsinkiToday()) {
      throw new BadUserInputError(
        'input.contactedOn',
        'input.contactedOn: must not be in the future.',
      );
    }
  }

  /** A member or partner of the network whose membership has not ended. */
  private async checkOrganization(networkId: string, organizationId: string, field: string) {
    const membership = isUuid(organizationId)
      ? await this.prisma.networkMembership.findFirst({
          where: {
            networkId,
            organizationId,
            role: { in: ['MEMBER', 'PARTNER'] },
            status: { not: 'ENDED' },
          },
          select: { id: true },
        })
      : null;
    if (!membership) {
      throw new BadUserInputError(field, `${field}: not a member or partner of this network.`);
    }
  }

  /** Topics of the network, not archived (unless the contact has it already). */
  private async checkTopics(networkId: string, topicIds: string[], kept: string[]) {
    if (topicIds.length === 0) return;
    const found = await this.prisma.supportTopic.findMany({
      where: { id: { in: topicIds }, networkId },
      select: { id: true, archivedAt: true },
    });
    const usable = new Set(
      found.filter((t) => t.archivedAt === null || kept.includes(t.id)).map((t) => t.id),
    );
    const bad = topicIds.findIndex((id) => !usable.has(id));
    if (bad >= 0) {
      throw new BadUserInputError(
        `input.topicIds.${bad}`,
        `input.topicIds.${bad}: not a topic of this network’s list (or archived).`,
      );
    }
  }
}
