import { Injectable } from '@nestjs/common';
import { type InfoPresentation, type Prisma, PrismaClient } from '@linja/db';

import { AuditService } from '../audit/audit.service';
import { type Actor, actorId } from '../auth/actor';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { toLocalizedText } from '../common/localization/localized-text.util';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import { MailService } from '../mail/mail.service';
import { OutboxService } from '../mail/outbox.service';
import { mailLanguage } from '../mail/templates/mail-templates';
import {
  type InvitePresenterInput,
  type RespondToPresentationInput,
} from './dto/info-series.inputs';
import { parseInput, ZDeclineReason } from './dto/info-series.schema';
import { presentationNotFound } from './info-series.errors';
import { InfoSeriesService } from './info-series.service';
import { assertPresentationTransition, SLOT_HOLDING } from './presentation-transitions';
import {
  adminOrganizationIds,
  mayManageSeries,
  staffOrganizationIds,
} from './utils/info-series-access.util';

type Tx = Prisma.TransactionClient;
const DAY_MS = 86_400_000;
/** Default time to answer: two weeks before the session. */
const DEFAULT_RESPOND_DAYS = 14;

export type PresentationWithNetwork = InfoPresentation & { networkId: string };

/**
 * Who presents at a session: the coordinator invites member and partner organisations (at most the
 * series' presenters per session hold a slot, INVITED or ACCEPTED), the organisation's admins accept
 * or decline, the coordinator withdraws. Every change goes through presentation-transitions.ts and
 * is audited; an invitation mails the organisation's admins through the outbox.
 */
@Injectable()
export class PresentationService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly series: InfoSeriesService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
  ) {}

  /** The admin page where an organisation answers (also the link in its mails). */
  invitationsLink(organizationId: string): string {
    return this.mail.adminLink(`/admin/o/${organizationId}/presentations`);
  }

  async invite(
    actor: Actor,
    input: InvitePresenterInput,
    now = new Date(),
  ): Promise<PresentationWithNetwork> {
    const session = await this.series.session(actor, input.eventId);
    const { series } = session;
    if (!mayManageSeries(actor, session.networkId)) {
      // Members and professionals see the session but do not plan it.
      assertPresentationTransition(
        actor,
        { from: null, to: 'INVITED', via: 'invitePresenter', field: 'input.eventId' },
        { networkId: session.networkId, organizationId: input.organizationId },
      );
    }
    if (session.startsAt <= now) {
      throw new BadUserInputError('input.eventId', 'The session has already begun.');
    }
    if (session.status === 'CANCELLED') {
      throw new BadUserInputError('input.eventId', 'The session is cancelled.');
    }
    const organization = isUuid(input.organizationId)
      ? await this.prisma.organization.findFirst({
          where: {
            id: input.organizationId,
            memberships: {
              some: {
                networkId: session.networkId,
                status: 'ACTIVE',
                role: { in: ['MEMBER', 'PARTNER'] },
              },
            },
          },
        })
      : null;
    if (!organization) {
      throw new BadUserInputError(
        'input.organizationId',
        'Not an active member or partner organisation of the network.',
      );
    }
    const respondBy =
      input.respondBy ??
      new Date(Math.max(now.getTime(), session.startsAt.getTime() - DEFAULT_RESPOND_DAYS * DAY_MS));
    if (respondBy < now || respondBy > session.startsAt) {
      throw new BadUserInputError(
        'input.respondBy',
        'The time to answer ends between now and the session.',
      );
    }

    const { row, mailIds } = await this.prisma.$transaction(async (tx) => {
      // The session's row is the lock: concurrent invitations count the slots one at a time.
      await tx.$queryRaw`SELECT id FROM event WHERE id = ${session.id}::uuid FOR UPDATE`;
      const existing = await tx.infoPresentation.findUnique({
        where: { eventId_organizationId: { eventId: session.id, organizationId: organization.id } },
      });
      if (existing && SLOT_HOLDING.includes(existing.status)) {
        throw new BadUserInputError(
          'input.organizationId',
          `The organisation is already ${existing.status.toLowerCase()} for this session.`,
        );
      }
      assertPresentationTransition(
        actor,
        {
          from: existing?.status ?? null,
          to: 'INVITED',
          via: 'invitePresenter',
          field: 'input.organizationId',
        },
        { networkId: session.networkId, organizationId: organization.id },
      );
      const held = await tx.infoPresentation.count({
        where: { eventId: session.id, status: { in: [...SLOT_HOLDING] } },
      });
      if (held >= series.presentersPerSession) {
        throw new BadUserInputError(
          'input.organizationId',
          `The session already has ${held} of ${series.presentersPerSession} presenters invited or accepted.`,
        );
      }
      const data = {
        status: 'INVITED' as const,
        respondBy,
        respondedAt: null,
        respondedById: null,
        declineReason: null,
      };
      const row = existing
        ? await tx.infoPresentation.update({ where: { id: existing.id }, data })
        : await tx.infoPresentation.create({
            data: { ...data, eventId: session.id, organizationId: organization.id },
          });
      await this.audit.record(tx, actor, {
        action: existing ? 'presentation.reinvited' : 'presentation.invited',
        entityType: 'InfoPresentation',
        entityId: row.id,
        networkId: session.networkId,
        organizationId: organization.id,
        note: `${organization.name} to present on ${session.startsAt.toISOString()}`,
      });
      const mailIds = await this.mailAdmins(tx, organization, (language) => ({
        template: 'presentation-invitation' as const,
        dedupeKey: `presentation-invitation:${row.id}:${now.toISOString()}`,
        params: {
          organizationName: organization.name,
          seriesTitle: localized(series.title, language),
          startsAt: session.startsAt.toISOString(),
          respondBy: respondBy.toISOString(),
          link: this.invitationsLink(organization.id),
        },
      }));
      return { row, mailIds };
    });
    await this.outbox.dispatch(mailIds);
    return { ...row, networkId: session.networkId };
  }

  async respond(
    actor: Actor,
    input: RespondToPresentationInput,
    now = new Date(),
  ): Promise<PresentationWithNetwork> {
    const found = await this.visible(actor, input.presentationId);
    const to = input.accept ? 'ACCEPTED' : 'DECLINED';
    const declineReason = input.accept
      ? null
      : parseInput(ZDeclineReason, input.declineReason ?? '', 'input.declineReason');
    assertPresentationTransition(
      actor,
      { from: found.status, to, via: 'respondToPresentation', field: 'input.presentationId' },
      { networkId: found.networkId, organizationId: found.organizationId },
    );
    if (found.event.startsAt <= now) {
      throw new BadUserInputError('input.presentationId', 'The session has already begun.');
    }
    const row = await this.prisma.$transaction(async (tx) => {
      // Only from the status checked above (a concurrent withdrawal wins).
      const { count } = await tx.infoPresentation.updateMany({
        where: { id: found.id, status: found.status },
        data: { status: to, respondedAt: now, respondedById: actorId(actor), declineReason },
      });
      if (count !== 1) {
        throw new DomainError('CONFLICT', 'The invitation changed meanwhile; reload it.', {
          field: 'input.presentationId',
        });
      }
      await this.audit.record(tx, actor, {
        action: input.accept ? 'presentation.accepted' : 'presentation.declined',
        entityType: 'InfoPresentation',
        entityId: found.id,
        networkId: found.networkId,
        organizationId: found.organizationId,
        ...(declineReason ? { note: declineReason } : {}),
      });
      return tx.infoPresentation.findUniqueOrThrow({ where: { id: found.id } });
    });
    return { ...row, networkId: found.networkId };
  }

  async withdraw(actor: Actor, id: string): Promise<PresentationWithNetwork> {
    const found = await this.visible(actor, id);
    assertPresentationTransition(
      actor,
      { from: found.status, to: 'WITHDRAWN', via: 'withdrawPresentation', field: 'id' },
      { networkId: found.networkId, organizationId: found.organizationId },
    );
    const row = await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.infoPresentation.updateMany({
        where: { id: found.id, status: found.status },
        data: { status: 'WITHDRAWN' },
      });
      if (count !== 1) {
        throw new DomainError('CONFLICT', 'The invitation changed meanwhile; reload it.', {
          field: 'id',
        });
      }
      await this.audit.record(tx, actor, {
        action: 'presentation.withdrawn',
        entityType: 'InfoPresentation',
        entityId: found.id,
        networkId: found.networkId,
        organizationId: found.organizationId,
      });
      return tx.infoPresentation.findUniqueOrThrow({ where: { id: found.id } });
    });
    return { ...row, networkId: found.networkId };
  }

  /**
   * The invitations of the organisations the actor administers that are still open or accepted, for
   * sessions not yet ended, soonest first.
   */
  async myInvitations(
    actor: Actor,
    args: PaginationArgs,
    now = new Date(),
  ): Promise<Connection<PresentationWithNetwork>> {
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const [afterAt, afterId] = page.after ?? [];
    const where: Prisma.InfoPresentationWhereInput = {
      organizationId: { in: adminOrganizationIds(actor) },
      status: { in: [...SLOT_HOLDING] },
      event: { endsAt: { gt: now }, status: { not: 'CANCELLED' } },
    };
    const pageWhere: Prisma.InfoPresentationWhereInput =
      page.after === undefined
        ? where
        : {
            AND: [
              where,
              {
                OR: [
                  { event: { startsAt: { gt: new Date(String(afterAt)) } } },
                  { event: { startsAt: new Date(String(afterAt)) }, id: { gt: String(afterId) } },
                ],
              },
            ],
          };
    const [rows, totalCount] = await Promise.all([
      this.prisma.infoPresentation.findMany({
        where: pageWhere,
        include: { event: { select: { startsAt: true, networkId: true } } },
        orderBy: [{ event: { startsAt: 'asc' } }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.infoPresentation.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.event.startsAt.toISOString(), row.id],
      ({ event, ...row }) => ({ ...row, networkId: event.networkId }),
    );
  }

  /**
   * A presentation the actor may see: the network's coordinators and the organisation's own staff.
   * Anyone else gets NOT_FOUND (an outsider does not learn who was asked).
   */
  private async visible(actor: Actor, id: string) {
    const row = isUuid(id)
      ? await this.prisma.infoPresentation.findUnique({
          where: { id },
          include: { event: { select: { startsAt: true, networkId: true, seriesId: true } } },
        })
      : null;
    if (
      !row ||
      !(
        mayManageSeries(actor, row.event.networkId) ||
        staffOrganizationIds(actor).includes(row.organizationId)
      )
    ) {
      throw presentationNotFound(id);
    }
    return { ...row, networkId: row.event.networkId };
  }

  /** One outbox mail per admin of `organization`, in their language. */
  async mailAdmins(
    tx: Tx,
    organization: { id: string; name: string },
    mail: (language: 'fi' | 'sv' | 'en') =>
      | {
          template: 'presentation-invitation';
          dedupeKey: string;
          params: import('../mail/templates/info-series-templates').PresentationInvitationParams;
        }
      | {
          template: 'presentation-reminder';
          dedupeKey: string;
          params: import('../mail/templates/info-series-templates').PresentationReminderParams;
        },
  ): Promise<string[]> {
    const admins = await tx.roleAssignment.findMany({
      where: {
        organizationId: organization.id,
        role: 'ORG_ADMIN',
        user: { disabledAt: null },
      },
      select: { user: { select: { id: true, email: true, language: true } } },
      orderBy: { userId: 'asc' },
    });
    const ids: string[] = [];
    for (const { user } of admins) {
      const language = mailLanguage(user.language);
      const { template, dedupeKey, params } = mail(language);
      const id =
        template === 'presentation-invitation'
          ? await this.outbox.write(tx, {
              template,
              params,
              to: user.email,
              language,
              userId: user.id,
              dedupeKey: `${dedupeKey}:${user.id}`,
            })
          : await this.outbox.write(tx, {
              template,
              params,
              to: user.email,
              language,
              userId: user.id,
              dedupeKey: `${dedupeKey}:${user.id}`,
            });
      if (id) ids.push(id);
    }
    return ids;
  }
}

/** The text in `language`, else Finnish. */
export function localized(value: unknown, language: 'fi' | 'sv' | 'en'): string {
  const text = toLocalizedText(value);
  return text[language] ?? text.fi ?? '';
}
