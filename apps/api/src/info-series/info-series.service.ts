import { Injectable } from '@nestjs/common';
import { type Event, type InfoSeries, type Prisma, PrismaClient } from '@linja/db';
import { instantOf, slotDates } from '@linja/domain';

import { AuditService, type FieldChangeRecord } from '../audit/audit.service';
import { type Actor, actorId } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { fromLocalizedTextInput } from '../common/localization/localized-text.util';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import {
  type CreateInfoSeriesInput,
  type PastInfoSessionsArgs,
  type PlanInfoSeriesTermInput,
  type SetSessionRecordingInput,
  type UpdateInfoSeriesInput,
} from './dto/info-series.inputs';
import {
  parseInput,
  type TInfoSeries,
  ZInfoSeries,
  ZIsoDate,
  ZPlanTerm,
  ZRecording,
} from './dto/info-series.schema';
import { networkNotFound, seriesNotFound, sessionNotFound } from './info-series.errors';
import {
  mayManageSeries,
  readableSeriesWhere,
  readableSessionsWhere,
} from './utils/info-series-access.util';

/** Keyset page over events ordered by (startsAt, id), ascending or descending. */
async function pageOfSessions(
  prisma: PrismaClient,
  where: Prisma.EventWhereInput,
  args: PaginationArgs,
  direction: 'asc' | 'desc',
): Promise<Connection<Event>> {
  const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
  const [afterAt, afterId] = page.after ?? [];
  const cmp = direction === 'asc' ? 'gt' : 'lt';
  const pageWhere: Prisma.EventWhereInput =
    page.after === undefined
      ? where
      : {
          AND: [
            where,
            {
              OR: [
                { startsAt: { [cmp]: new Date(String(afterAt)) } },
                { startsAt: new Date(String(afterAt)), id: { [cmp]: String(afterId) } },
              ],
            },
          ],
        };
  const [rows, totalCount] = await Promise.all([
    prisma.event.findMany({
      where: pageWhere,
      orderBy: [{ startsAt: direction }, { id: direction }],
      take: page.take + 1,
    }),
    prisma.event.count({ where }),
  ]);
  return toConnection(
    rows,
    page,
    totalCount,
    (row) => [row.startsAt.toISOString(), row.id],
    (row) => row,
  );
}

/**
 * Info session series (Järjestöinfot): the series (its fixed slot, facilitator and backup), its
 * sessions planned term by term as events, subscriptions, and what is kept after a session
 * (recording, attendance). Presenters: presentation.service.ts; slides: slides.service.ts.
 */
@Injectable()
export class InfoSeriesService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  // ── Reading ────────────────────────────────────────────────────────────────────────────────────

  /** The network's series the actor may read, by Finnish title. */
  async list(
    actor: Actor,
    networkSlug: string,
    args: PaginationArgs,
  ): Promise<Connection<InfoSeries>> {
    const network = await this.networkBySlug(networkSlug);
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const [afterAt, afterId] = page.after ?? [];
    const where: Prisma.InfoSeriesWhereInput = {
      AND: [{ networkId: network.id }, readableSeriesWhere(actor)],
    };
    const pageWhere: Prisma.InfoSeriesWhereInput =
      page.after === undefined
        ? where
        : {
            AND: [
              where,
              {
                OR: [
                  { createdAt: { gt: new Date(String(afterAt)) } },
                  { createdAt: new Date(String(afterAt)), id: { gt: String(afterId) } },
                ],
              },
            ],
          };
    const [rows, totalCount] = await Promise.all([
      this.prisma.infoSeries.findMany({
        where: pageWhere,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.infoSeries.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.createdAt.toISOString(), row.id],
      (row) => row,
    );
  }

  /** One series, or NOT_FOUND when it does not exist or the actor may not read it. */
  async get(actor: Actor, id: string): Promise<InfoSeries> {
    const row = isUuid(id)
      ? await this.prisma.infoSeries.findFirst({
          where: { AND: [{ id }, readableSeriesWhere(actor)] },
        })
      : null;
    if (!row) throw seriesNotFound(id);
    return row;
  }

  /** A series' sessions the actor sees: upcoming soonest first, past newest first, all by date. */
  sessions(
    actor: Actor,
    seriesId: string,
    args: PaginationArgs & { upcoming?: boolean | null },
    now = new Date(),
  ): Promise<Connection<Event>> {
    const timing: Prisma.EventWhereInput =
      args.upcoming === true
        ? { endsAt: { gt: now } }
        : args.upcoming === false
          ? { endsAt: { lte: now } }
          : {};
    return pageOfSessions(
      this.prisma,
      { AND: [{ seriesId }, timing, readableSessionsWhere(actor)] },
      args,
      args.upcoming === false ? 'desc' : 'asc',
    );
  }

  /** A session the actor sees, or NOT_FOUND. */
  async session(actor: Actor, eventId: string): Promise<Event & { series: InfoSeries }> {
    const row = isUuid(eventId)
      ? await this.prisma.event.findFirst({
          where: { AND: [{ id: eventId }, readableSessionsWhere(actor)] },
          include: { series: true },
        })
      : null;
    if (!row?.series) throw sessionNotFound(eventId);
    return { ...row, series: row.series };
  }

  /**
   * Past sessions of a network, newest first: by presenting organisation (ACCEPTED), by theme (the
   * session's own terms, or a presenter's published service with the term), by date.
   */
  async pastSessions(
    actor: Actor,
    args: PastInfoSessionsArgs,
    now = new Date(),
  ): Promise<Connection<Event>> {
    const network = await this.networkBySlug(args.networkSlug);
    const parts: Prisma.EventWhereInput[] = [
      { networkId: network.id, endsAt: { lte: now } },
      readableSessionsWhere(actor),
    ];
    if (args.organizationId) {
      if (!isUuid(args.organizationId)) {
        throw new BadUserInputError('organizationId', 'Not an organisation id.');
      }
      parts.push({
        presentations: { some: { organizationId: args.organizationId, status: 'ACCEPTED' } },
      });
    }
    if (args.termId) {
      if (!isUuid(args.termId)) throw new BadUserInputError('termId', 'Not a term id.');
      parts.push({
        OR: [
          { terms: { some: { termId: args.termId } } },
          {
            presentations: {
              some: {
                status: 'ACCEPTED',
                organization: {
                  responsibleServices: {
                    some: {
                      networkId: network.id,
                      status: 'PUBLISHED',
                      terms: { some: { termId: args.termId } },
                    },
                  },
                },
              },
            },
          },
        ],
      });
    }
    if (args.from) {
      const from = parseInput(ZIsoDate, args.from, 'from');
      parts.push({ startsAt: { gte: instantOf(from, '00:00') } });
    }
    if (args.to) {
      const to = parseInput(ZIsoDate, args.to, 'to');
      parts.push({ startsAt: { lte: instantOf(to, '23:59') } });
    }
    return pageOfSessions(this.prisma, { AND: parts }, args, 'desc');
  }

  /** Past sessions where `organizationId` presented, that the actor sees (any network), newest first. */
  presentedSessions(
    actor: Actor,
    organizationId: string,
    args: PaginationArgs,
    now = new Date(),
  ): Promise<Connection<Event>> {
    return pageOfSessions(
      this.prisma,
      {
        AND: [
          { endsAt: { lte: now } },
          { presentations: { some: { organizationId, status: 'ACCEPTED' } } },
          readableSessionsWhere(actor),
        ],
      },
      args,
      'desc',
    );
  }

  /** Whether the actor follows the series. */
  // ── Changing ───────────────────────────────────────────────────────────────────────────────────

  async create(actor: Actor, input: CreateInfoSeriesInput): Promise<InfoSeries> {
    const network = isUuid(input.networkId)
      ? await this.prisma.network.findUnique({ where: { id: input.networkId } })
      : null;
    if (!network) {
      throw new DomainError('NOT_FOUND', `No network ${input.networkId}.`, {
        id: input.networkId,
      });
    }
    this.authz.assert(actor, 'infoSeries.manage', { networkId: network.id });
    const { networkId: _networkId, ...fields } = input;
    const data = parseInput(ZInfoSeries, {
      ...fields,
      title: fromLocalizedTextInput(input.title),
      description: fromLocalizedTextInput(input.description),
      audienceNote: fromLocalizedTextInput(input.audienceNote),
    });
    await this.assertAreaCode(data.wellbeingAreaCode);
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.infoSeries.create({
        data: { networkId: network.id, ...toColumns(data) },
      });
      await this.audit.record(tx, actor, {
        action: 'infoSeries.created',
        entityType: 'InfoSeries',
        entityId: row.id,
        networkId: network.id,
        note: data.title.fi,
      });
      return row;
    });
  }

  async update(actor: Actor, input: UpdateInfoSeriesInput, now = new Date()): Promise<InfoSeries> {
    const current = await this.managed(actor, input.id);
    const given = <T>(value: T | null | undefined, old: T): T | undefined =>
      value === null || value === undefined ? (old ?? undefined) : value;
    const data = parseInput(ZInfoSeries, {
      title: input.title ? fromLocalizedTextInput(input.title) : current.title,
      description: input.description
        ? fromLocalizedTextInput(input.description)
        : current.description,
      audienceNote: input.audienceNote
        ? fromLocalizedTextInput(input.audienceNote)
        : current.audienceNote,
      wellbeingAreaCode: given(input.wellbeingAreaCode, current.wellbeingAreaCode),
      weekday: given(input.weekday, current.weekday),
      startTime: given(input.startTime, current.startTime),
      durationMinutes: given(input.durationMinutes, current.durationMinutes),
      presentersPerSession: given(input.presentersPerSession, current.presentersPerSession),
      facilitatorName: given(input.facilitatorName, current.facilitatorName),
      backupName: given(input.backupName, current.backupName),
      onlineUrl: given(input.onlineUrl, current.onlineUrl),
    });
    await this.assertAreaCode(data.wellbeingAreaCode);
    const columns = toColumns(data);
    const changes: FieldChangeRecord[] = (
      [
        'weekday',
        'startTime',
        'durationMinutes',
        'presentersPerSession',
        'facilitatorName',
        'backupName',
        'onlineUrl',
        'wellbeingAreaCode',
      ] as const
    )
      .filter((field) => String(current[field] ?? '') !== String(columns[field] ?? ''))
      .map((field) => {
        // The meeting link is a secret of its readers: the history says only that it changed.
        const shown = (value: string | number | null | undefined) =>
          value === null || value === undefined
            ? null
            : field === 'onlineUrl'
              ? '(link)'
              : String(value);
        return { field, locale: null, before: shown(current[field]), after: shown(columns[field]) };
      });
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.infoSeries.update({ where: { id: current.id }, data: columns });
      // Upcoming sessions carry the series' title and link (what the announcements send).
      await tx.event.updateMany({
        where: { seriesId: current.id, startsAt: { gt: now } },
        data: {
          title: columns.title,
          onlineUrl: columns.onlineUrl,
          isOnline: columns.onlineUrl !== null,
        },
      });
      await this.audit.record(tx, actor, {
        action: 'infoSeries.updated',
        entityType: 'InfoSeries',
        entityId: row.id,
        networkId: row.networkId,
        changes,
      });
      return row;
    });
  }

  /**
   * Creates the term's sessions at the series' slot (DST-correct: 14:00 stays 14:00 Helsinki time
   * across the changes). Idempotent: a date that already has a session of the series is skipped.
   * Sessions are PUBLISHED at once: the slot is fixed and its audience plans around it; presenters
   * appear on it as they accept.
   */
  async planTerm(
    actor: Actor,
    input: PlanInfoSeriesTermInput,
    now = new Date(),
  ): Promise<InfoSeries> {
    const series = await this.managed(actor, input.seriesId);
    const term = parseInput(ZPlanTerm, { from: input.from, to: input.to, nth: input.nth ?? null });
    const slots = slotDates({
      weekday: series.weekday,
      startTime: series.startTime,
      durationMinutes: series.durationMinutes,
      from: term.from,
      to: term.to,
      nth: term.nth,
    });
    await this.prisma.$transaction(async (tx) => {
      // One planner at a time per series, so two concurrent plans cannot create a date twice.
      await tx.$queryRaw`SELECT id FROM info_series WHERE id = ${series.id}::uuid FOR UPDATE`;
      const existing = await tx.event.findMany({
        where: { seriesId: series.id, startsAt: { in: slots.map((slot) => slot.startsAt) } },
        select: { startsAt: true },
      });
      const taken = new Set(existing.map((row) => row.startsAt.getTime()));
      const fresh = slots.filter((slot) => !taken.has(slot.startsAt.getTime()));
      if (fresh.length === 0) return;
      await tx.event.createMany({
        data: fresh.map((slot) => ({
          networkId: series.networkId,
          seriesId: series.id,
          kind: 'INFO_SESSION' as const,
          audience: 'PROFESSIONALS' as const,
          status: 'PUBLISHED' as const,
          publishedAt: now,
          title: series.title as Prisma.InputJsonValue,
          description: series.description as Prisma.InputJsonValue,
          languages: ['fi'],
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          lastEndsAt: slot.endsAt,
          isOnline: series.onlineUrl !== null,
          onlineUrl: series.onlineUrl,
          createdById: actorId(actor),
        })),
      });
      await this.audit.record(tx, actor, {
        action: 'infoSeries.termPlanned',
        entityType: 'InfoSeries',
        entityId: series.id,
        networkId: series.networkId,
        note: `${term.from}–${term.to}: ${fresh.length} new sessions (${slots.length - fresh.length} existed)`,
      });
    });
    return series;
  }

  /** After a session: the recording link and the head count (the network's coordinators). */
  async setRecording(
    actor: Actor,
    input: SetSessionRecordingInput,
    now = new Date(),
  ): Promise<Event> {
    const session = await this.managedSession(actor, input.eventId);
    const data = parseInput(ZRecording, {
      recordingUrl: input.recordingUrl ?? undefined,
      attendanceCount: input.attendanceCount ?? undefined,
    });
    if (session.startsAt > now) {
      throw new BadUserInputError('input.eventId', 'The session has not been held yet.');
    }
    const update: Prisma.EventUpdateInput = {};
    if (data.recordingUrl !== undefined) update.recordingUrl = data.recordingUrl || null;
    if (data.attendanceCount !== undefined) update.attendanceCount = data.attendanceCount;
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.event.update({
        where: { id: session.id },
        data: { ...update, version: { increment: 1 } },
      });
      await this.audit.record(tx, actor, {
        action: 'infoSession.recorded',
        entityType: 'Event',
        entityId: session.id,
        networkId: session.networkId,
        changes: [
          ...(data.recordingUrl !== undefined && (session.recordingUrl ?? '') !== data.recordingUrl
            ? [
                {
                  field: 'recordingUrl',
                  locale: null,
                  before: session.recordingUrl,
                  after: data.recordingUrl || null,
                },
              ]
            : []),
          ...(data.attendanceCount !== undefined && session.attendanceCount !== data.attendanceCount
            ? [
                {
                  field: 'attendanceCount',
                  locale: null,
                  before: session.attendanceCount === null ? null : String(session.attendanceCount),
                  after: String(data.attendanceCount),
                },
              ]
            : []),
        ],
      });
      return row;
    });
  }

  /** Follows a series (whoever may read it: its professionals, member staff, coordinators). */
  async subscribe(actor: Actor, seriesId: string): Promise<InfoSeries> {
    const series = await this.get(actor, seriesId);
    if (actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
    if (!isUuid(actor.id)) throw new DomainError('FORBIDDEN', 'Only an account follows a series.');
    await this.prisma.infoSeriesSubscription.createMany({
      data: [{ seriesId: series.id, userId: actor.id }],
      skipDuplicates: true,
    });
    return series;
  }

  async unsubscribe(actor: Actor, seriesId: string): Promise<InfoSeries> {
    if (actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
    if (!isUuid(actor.id)) throw new DomainError('FORBIDDEN', 'Only an account follows a series.');
    // Leaving works also after losing read access (e.g. a professional role ended).
    const row = isUuid(seriesId)
      ? await this.prisma.infoSeries.findUnique({ where: { id: seriesId } })
      : null;
    const subscribed =
      row &&
      (await this.prisma.infoSeriesSubscription.deleteMany({
        where: { seriesId: row.id, userId: actor.id },
      }));
    if (!row || (!subscribed?.count && !(await this.mayRead(actor, row.id)))) {
      throw seriesNotFound(seriesId);
    }
    return row;
  }

  // ── Helpers ────────────────────────────────────────────────────────────────────────────────────

  private async mayRead(actor: Actor, seriesId: string): Promise<boolean> {
    const count = await this.prisma.infoSeries.count({
      where: { AND: [{ id: seriesId }, readableSeriesWhere(actor)] },
    });
    return count > 0;
  }

  /** A series the actor manages: NOT_FOUND when they cannot see it, FORBIDDEN when only read. */
  async managed(actor: Actor, seriesId: string): Promise<InfoSeries> {
    const series = await this.get(actor, seriesId);
    this.authz.assert(actor, 'infoSeries.manage', { networkId: series.networkId });
    return series;
  }

  /** A session the actor manages (its network's coordinators). */
  async managedSession(actor: Actor, eventId: string): Promise<Event & { series: InfoSeries }> {
    const session = await this.session(actor, eventId);
    this.authz.assert(actor, 'infoSeries.manage', { networkId: session.networkId });
    return session;
  }

  mayManage(actor: Actor, networkId: string): boolean {
    return mayManageSeries(actor, networkId);
  }

  private async networkBySlug(slug: string): Promise<{ id: string }> {
    const network = await this.prisma.network.findUnique({
      where: { slug },
      select: { id: true },
    });
    if (!network) throw networkNotFound(slug);
    return network;
  }

  private async assertAreaCode(code: string | undefined): Promise<void> {
    if (!code) return;
    const area = await this.prisma.wellbeingArea.findUnique({ where: { code } });
    if (!area) throw new BadUserInputError('input.wellbeingAreaCode', `No wellbeing area ${code}.`);
  }
}

function toColumns(data: TInfoSeries) {
  return {
    title: data.title as Prisma.InputJsonValue,
    description: data.description as Prisma.InputJsonValue,
    audienceNote: data.audienceNote as Prisma.InputJsonValue,
    wellbeingAreaCode: data.wellbeingAreaCode ?? null,
    weekday: data.weekday,
    startTime: data.startTime,
    durationMinutes: data.durationMinutes,
    presentersPerSession: data.presentersPerSession,
    facilitatorName: data.facilitatorName ?? null,
    backupName: data.backupName ?? null,
    onlineUrl: data.onlineUrl ?? null,
  };
}
