import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient, type SupportTopic } from '@linja/db';
import { ZLocalizedText } from '@linja/domain';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { fromLocalizedTextInput } from '../common/localization/localized-text.util';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { slugify } from '../network/network-settings.service';
import {
  type CreateSupportTopicInput,
  type SupportTopicsArgs,
  type UpdateSupportTopicInput,
} from './dto/support-contacts.inputs';
import { parseInput } from './dto/support-contacts.schema';
import { managedNetworkById, managedNetworkBySlug } from './support-contacts-access';
import { supportTopicNotFound } from './support-contacts.errors';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ZLabel = ZLocalizedText({ max: 100, requireFinnish: true });

/** A network's own list of support-contact topics (fi/sv/en labels, order, archive/restore). */
@Injectable()
export class SupportTopicService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
  ) {}

  /** The network's topics by position (then id); archived ones only when asked. */
  async list(actor: Actor, args: SupportTopicsArgs): Promise<Connection<SupportTopic>> {
    const network = await managedNetworkBySlug(this.prisma, this.authz, actor, args.networkSlug);
    const page = toPageRequest(args, [cursorPart.offset, cursorPart.uuid]);
    const where: Prisma.SupportTopicWhereInput = {
      networkId: network.id,
      ...(args.includeArchived ? {} : { archivedAt: null }),
    };
    const [afterPosition, afterId] = page.after ?? [];
    const pageWhere: Prisma.SupportTopicWhereInput =
      page.after === undefined
        ? where
        : {
            AND: [
              where,
              {
                OR: [
                  { position: { gt: Number(afterPosition) } },
                  { position: Number(afterPosition), id: { gt: String(afterId) } },
                ],
              },
            ],
          };
    const [rows, totalCount] = await Promise.all([
      this.prisma.supportTopic.findMany({
        where: pageWhere,
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.supportTopic.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [Math.max(0, row.position), row.id],
      (row) => row,
    );
  }

  async create(actor: Actor, input: CreateSupportTopicInput): Promise<SupportTopic> {
    const network = await managedNetworkById(this.prisma, this.authz, actor, input.networkId);
    const label = parseInput(ZLabel, fromLocalizedTextInput(input.label), 'input.label');
    const slug = this.slug(input.slug ?? slugify(label.fi ?? ''));
    return this.write(async (tx) => {
      const last = await tx.supportTopic.aggregate({
        where: { networkId: network.id },
        _max: { position: true },
      });
      return tx.supportTopic.create({
        data: { networkId: network.id, slug, label, position: (last._max.position ?? -1) + 1 },
      });
    });
  }

  async update(actor: Actor, input: UpdateSupportTopicInput): Promise<SupportTopic> {
    const topic = await this.load(actor, input.id);
    const data: Prisma.SupportTopicUpdateInput = {};
    if (input.label) {
      data.label = parseInput(ZLabel, fromLocalizedTextInput(input.label), 'input.label');
    }
    if (input.position !== null && input.position !== undefined) {
      if (!Number.isInteger(input.position) || input.position < 0 || input.position > 10_000) {
        throw new BadUserInputError('input.position', 'input.position: 0–10000.');
      }
      data.position = input.position;
    }
    return this.prisma.supportTopic.update({ where: { id: topic.id }, data });
  }

  /** Archived topics stay on the contacts that have them; they are not offered for new ones. */
  async setArchived(actor: Actor, id: string, archived: boolean): Promise<SupportTopic> {
    const topic = await this.load(actor, id);
    if ((topic.archivedAt !== null) === archived) {
      throw new BadUserInputError(
        'id',
        archived ? 'The topic is archived already.' : 'The topic is not archived.',
      );
    }
    return this.prisma.supportTopic.update({
      where: { id: topic.id },
      data: { archivedAt: archived ? new Date() : null },
    });
  }

  /** The topic, after checking the actor coordinates its network (NOT_FOUND otherwise). */
  private async load(actor: Actor, id: string): Promise<SupportTopic> {
    const topic = isUuid(id) ? await this.prisma.supportTopic.findUnique({ where: { id } }) : null;
    if (!topic || !this.authz.can(actor, 'supportContact.manage', { networkId: topic.networkId })) {
      if (actor.kind === 'anonymous') this.authz.assert(actor, 'supportContact.manage', {});
      throw supportTopicNotFound(id);
    }
    return topic;
  }

  private slug(value: string): string {
    const slug = value.trim();
    if (!SLUG.test(slug) || slug.length > 60) {
      throw new BadUserInputError(
        'input.slug',
        'input.slug: lower-case letters, digits and hyphens (at most 60).',
      );
    }
    return slug;
  }

  /** A taken slug is BAD_USER_INPUT on the slug, not a database error. */
  private async write<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
    try {
      return await this.prisma.$transaction(fn);
    } catch (error) {
      if ((error as { code?: string }).code === 'P2002') {
        throw new BadUserInputError(
          'input.slug',
          'input.slug: the network has this topic already.',
        );
      }
      throw error;
    }
  }
}
