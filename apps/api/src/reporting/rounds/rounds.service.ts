import { Injectable } from '@nestjs/common';
import { type OrganizationReport, PrismaClient, type ReportingRound } from '@linja/db';

import { AuditService } from '../../audit/audit.service';
import { type Actor } from '../../auth/actor';
import { AuthorizationService } from '../../authz/authorization.service';
import { BadUserInputError } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids/is-uuid';
import { type Connection } from '../../common/pagination/connection.model';
import {
  type NetworkListArgs,
  type OpenReportingRoundInput,
  type OrganizationReportsArgs,
} from '../dto/reporting.inputs';
import { type OrganizationReportModel, type ReportingRoundModel } from '../models/reporting.model';
import { pageByCreation } from '../paginate';
import { periodRange } from '../period';
import { assertMayRead, networkBySlug, notFound, parseDate } from '../reporting-access';
import { toRoundModel } from '../reporting.mapper';
import { assertRoundOpen, reportTransition, roundTransition } from './round-transitions';

type ReportRow = OrganizationReport & {
  organization: { name: string };
  indicators: { indicatorId: string }[];
  round: ReportingRound & { network: { slug: string } };
};

export function toReportModel(row: ReportRow): OrganizationReportModel {
  return {
    id: row.id,
    roundId: row.roundId,
    organizationId: row.organizationId,
    organizationName: row.organization.name,
    status: row.status,
    submittedAt: row.submittedAt,
    correctionReason: row.correctionReason,
    indicatorIds: row.indicators.map((entry) => entry.indicatorId).sort(),
    round: toRoundModel(row.round),
    networkSlug: row.round.network.slug,
  };
}

/** A report with what its model shows (the round and its network in the same statement). */
export const REPORT_INCLUDE = {
  organization: { select: { name: true } },
  indicators: { select: { indicatorId: true } },
  round: { include: { network: { select: { slug: true } } } },
} as const;

/** Reporting rounds: the coordinator opens one, follows who has reported, asks corrections, locks. */
@Injectable()
export class RoundsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async open(actor: Actor, input: OpenReportingRoundInput): Promise<ReportingRoundModel> {
    const network = await networkBySlug(this.prisma, input.networkSlug);
    this.authz.assert(actor, 'reporting.manage', { networkId: network.id });
    const range = periodRange(input.period, 'input.period');
    const dueOn = parseDate(input.dueOn, 'input.dueOn');
    if (dueOn < range.start) {
      throw new BadUserInputError('input.dueOn', 'input.dueOn: not before the period starts.');
    }
    const members = await this.prisma.networkMembership.findMany({
      where: { networkId: network.id, status: 'ACTIVE' },
      select: { organizationId: true },
    });
    const memberIds = new Set(members.map((member) => member.organizationId));
    const reportable = await this.prisma.indicator.findMany({
      where: { networkId: network.id, source: 'REPORTED' },
      select: { id: true, organizationId: true },
    });
    const byId = new Map(reportable.map((row) => [row.id, row]));
    const check = (ids: readonly string[], field: string, organizationId: string | null) => {
      ids.forEach((id, index) => {
        const row = byId.get(id);
        if (!row || (row.organizationId !== null && row.organizationId !== organizationId)) {
          throw new BadUserInputError(
            `${field}.${index}`,
            `${field}.${index}: not a REPORTED indicator of the network${organizationId ? ' or the organisation' : ''}.`,
          );
        }
      });
      return [...new Set(ids)];
    };
    const common = check(input.indicatorIds, 'input.indicatorIds', null);
    const perOrganization = new Map<string, string[]>();
    (input.organizations ?? []).forEach((entry, index) => {
      const field = `input.organizations.${index}`;
      if (!isUuid(entry.organizationId) || !memberIds.has(entry.organizationId)) {
        throw new BadUserInputError(
          `${field}.organizationId`,
          `${field}.organizationId: not an active member of the network.`,
        );
      }
      perOrganization.set(
        entry.organizationId,
        check(entry.indicatorIds, `${field}.indicatorIds`, entry.organizationId),
      );
    });
    const row = await this.prisma.$transaction(async (tx) => {
      const round = await tx.reportingRound.create({
        data: {
          networkId: network.id,
          periodKind: range.kind,
          periodStart: range.start,
          periodEnd: range.end,
          dueOn,
          createdById: actor.kind === 'user' && isUuid(actor.id) ? actor.id : null,
        },
      });
      for (const organizationId of memberIds) {
        const indicatorIds = perOrganization.get(organizationId) ?? common;
        if (indicatorIds.length === 0) continue;
        await tx.organizationReport.create({
          data: {
            roundId: round.id,
            organizationId,
            indicators: { create: indicatorIds.map((indicatorId) => ({ indicatorId })) },
          },
        });
      }
      await this.audit.record(tx, actor, {
        action: 'reportingRound.opened',
        entityType: 'ReportingRound',
        entityId: round.id,
        networkId: network.id,
      });
      return round;
    });
    return toRoundModel(row);
  }

  async rounds(actor: Actor, args: NetworkListArgs): Promise<Connection<ReportingRoundModel>> {
    const network = await networkBySlug(this.prisma, args.networkSlug);
    await assertMayRead(this.prisma, this.authz, actor, network.id);
    return pageByCreation(
      this.prisma.reportingRound,
      { networkId: network.id },
      args,
      toRoundModel,
      true,
    );
  }

  /** A round's reports (coordinators, readers) or an organisation's reports (its admins). */
  async reports(
    actor: Actor,
    args: OrganizationReportsArgs,
  ): Promise<Connection<OrganizationReportModel>> {
    if (Boolean(args.roundId) === Boolean(args.organizationId)) {
      throw new BadUserInputError('roundId', 'roundId: give either roundId or organizationId.');
    }
    let where: { roundId: string } | { organizationId: string };
    if (args.roundId) {
      const round = await this.round(args.roundId);
      await assertMayRead(this.prisma, this.authz, actor, round.networkId);
      where = { roundId: round.id };
    } else {
      const organizationId = args.organizationId ?? '';
      if (!isUuid(organizationId)) throw notFound('Organization', organizationId);
      this.authz.assert(actor, 'reporting.report', { organizationId });
      where = { organizationId };
    }
    const page = await pageByCreation(
      {
        findMany: (query) =>
          this.prisma.organizationReport.findMany({ ...query, include: REPORT_INCLUDE }),
        count: (query) => this.prisma.organizationReport.count(query),
      },
      where,
      args,
      toReportModel,
      true,
    );
    return page;
  }

  async round(id: string) {
    const row = isUuid(id) ? await this.prisma.reportingRound.findUnique({ where: { id } }) : null;
    if (!row) throw notFound('ReportingRound', id);
    return row;
  }

  async requestCorrection(
    actor: Actor,
    reportId: string,
    reason: string,
  ): Promise<OrganizationReportModel> {
    const report = isUuid(reportId)
      ? await this.prisma.organizationReport.findUnique({
          where: { id: reportId },
          include: { round: true },
        })
      : null;
    if (!report) throw notFound('OrganizationReport', reportId);
    this.authz.assert(actor, 'reporting.manage', { networkId: report.round.networkId });
    const text = reason.trim();
    if (!text || text.length > 1000) {
      throw new BadUserInputError('reason', 'reason: 1–1000 characters.');
    }
    assertRoundOpen(report.round.status);
    const status = reportTransition(report.status, 'requestCorrection');
    const row = await this.prisma.$transaction(async (tx) => {
      const updated = await tx.organizationReport.update({
        where: { id: report.id, status: report.status },
        data: { status, correctionReason: text },
        include: REPORT_INCLUDE,
      });
      await this.audit.record(tx, actor, {
        action: 'organizationReport.correctionRequested',
        entityType: 'OrganizationReport',
        entityId: report.id,
        networkId: report.round.networkId,
        organizationId: report.organizationId,
        note: text,
      });
      return updated;
    });
    return toReportModel(row);
  }

  async lock(actor: Actor, roundId: string): Promise<ReportingRoundModel> {
    const round = await this.round(roundId);
    this.authz.assert(actor, 'reporting.manage', { networkId: round.networkId });
    const status = roundTransition(round.status, 'lock');
    const row = await this.prisma.$transaction(async (tx) => {
      const updated = await tx.reportingRound.update({
        where: { id: round.id, status: round.status },
        data: { status, lockedAt: new Date() },
      });
      await this.audit.record(tx, actor, {
        action: 'reportingRound.locked',
        entityType: 'ReportingRound',
        entityId: round.id,
        networkId: round.networkId,
      });
      return updated;
    });
    return toRoundModel(row);
  }
}
