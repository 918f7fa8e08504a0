import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient } from '@linja/db';

import { AuditService } from '../../audit/audit.service';
import { type Actor } from '../../auth/actor';
import { AuthorizationService } from '../../authz/authorization.service';
import { BadUserInputError, DomainError } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids/is-uuid';
import { type Connection } from '../../common/pagination/connection.model';
import {
  type CorrectLockedFigureInput,
  type ReportedFigureInput,
  type ReportedFiguresArgs,
  type SaveReportedFiguresInput,
} from '../dto/reporting.inputs';
import { type OrganizationReportModel, type ReportedFigureModel } from '../models/reporting.model';
import { pageByCreation } from '../paginate';
import { notFound } from '../reporting-access';
import { toFigureModel } from '../reporting.mapper';
import { assertRoundOpen, EDITABLE_REPORT_STATUSES, reportTransition } from './round-transitions';
import { REPORT_INCLUDE, toReportModel } from './rounds.service';

const MAX_NOTE = 500;
const MAX_VALUE = 1e9;

/**
 * An organisation's figures in a round: counts per indicator and service with an optional note —
 * never client-level data. Its admins save and submit them while the round is open; the network's
 * coordinators and readers read them; after locking only a coordinator changes one, with a reason
 * that is audited.
 */
@Injectable()
export class FiguresService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  private async report(reportId: string) {
    const row = isUuid(reportId)
      ? await this.prisma.organizationReport.findUnique({
          where: { id: reportId },
          include: REPORT_INCLUDE,
        })
      : null;
    if (!row) throw notFound('OrganizationReport', reportId);
    return row;
  }

  /** Checks one figure: an indicator of the report, a service of the organisation, a count. */
  private async checkFigures(
    report: Awaited<ReturnType<FiguresService['report']>>,
    figures: readonly ReportedFigureInput[],
    field: string,
  ): Promise<void> {
    const requested = new Set(report.indicators.map((entry) => entry.indicatorId));
    const serviceIds = figures.map((figure) => figure.serviceId).filter(isUuid);
    const services = await this.prisma.service.findMany({
      where: {
        id: { in: serviceIds },
        networkId: report.round.networkId,
        OR: [
          { responsibleOrganizationId: report.organizationId },
          { deliveries: { some: { organizationId: report.organizationId } } },
        ],
      },
      select: { id: true },
    });
    const own = new Set(services.map((service) => service.id));
    const seen = new Set<string>();
    figures.forEach((figure, index) => {
      const at = `${field}.${index}`;
      if (!requested.has(figure.indicatorId)) {
        throw new BadUserInputError(
          `${at}.indicatorId`,
          `${at}.indicatorId: not asked in this report.`,
        );
      }
      if (!own.has(figure.serviceId)) {
        throw new BadUserInputError(
          `${at}.serviceId`,
          `${at}.serviceId: not a service of the organisation in the network.`,
        );
      }
      if (!Number.isFinite(figure.value) || figure.value < 0 || figure.value > MAX_VALUE) {
        throw new BadUserInputError(`${at}.value`, `${at}.value: a count from 0 to ${MAX_VALUE}.`);
      }
      if (figure.note && figure.note.length > MAX_NOTE) {
        throw new BadUserInputError(`${at}.note`, `${at}.note: at most ${MAX_NOTE} characters.`);
      }
      const key = `${figure.indicatorId}:${figure.serviceId}`;
      if (seen.has(key)) {
        throw new BadUserInputError(
          `${at}.serviceId`,
          `${at}: the same indicator and service twice.`,
        );
      }
      seen.add(key);
    });
  }

  private upsert(
    tx: Prisma.TransactionClient,
    actor: Actor,
    reportId: string,
    figure: ReportedFigureInput,
  ) {
    const data = {
      value: figure.value,
      note: figure.note?.trim() || null,
      updatedById: actor.kind === 'user' && isUuid(actor.id) ? actor.id : null,
    };
    return tx.reportedFigure.upsert({
      where: {
        reportId_indicatorId_serviceId: {
          reportId,
          indicatorId: figure.indicatorId,
          serviceId: figure.serviceId,
        },
      },
      create: { reportId, indicatorId: figure.indicatorId, serviceId: figure.serviceId, ...data },
      update: data,
    });
  }

  async save(actor: Actor, input: SaveReportedFiguresInput): Promise<OrganizationReportModel> {
    const report = await this.report(input.reportId);
    this.authz.assert(actor, 'reporting.report', { organizationId: report.organizationId });
    assertRoundOpen(report.round.status);
    if (!EDITABLE_REPORT_STATUSES.includes(report.status)) {
      throw reportTransitionRefusal(report.status);
    }
    await this.checkFigures(report, input.figures, 'input.figures');
    await this.prisma.$transaction(async (tx) => {
      // The round may have been locked meanwhile: the row lock orders us after a lock.
      const round = await tx.reportingRound.update({
        where: { id: report.roundId },
        data: { updatedAt: new Date() },
      });
      assertRoundOpen(round.status);
      // The report may have been submitted meanwhile: the conditional update takes its row lock
      // (a concurrent submit waits for us) and refuses figures for a report no longer editable.
      const { count } = await tx.organizationReport.updateMany({
        where: { id: report.id, status: { in: [...EDITABLE_REPORT_STATUSES] } },
        data: { updatedAt: new Date() },
      });
      if (count === 0) {
        const now = await tx.organizationReport.findUniqueOrThrow({
          where: { id: report.id },
          select: { status: true },
        });
        throw reportTransitionRefusal(now.status);
      }
      for (const figure of input.figures) await this.upsert(tx, actor, report.id, figure);
    });
    return toReportModel(report);
  }

  async submit(actor: Actor, reportId: string): Promise<OrganizationReportModel> {
    const report = await this.report(reportId);
    this.authz.assert(actor, 'reporting.report', { organizationId: report.organizationId });
    assertRoundOpen(report.round.status);
    const status = reportTransition(report.status, 'submit');
    const row = await this.prisma.$transaction(async (tx) => {
      const updated = await tx.organizationReport.update({
        where: { id: report.id, status: report.status },
        data: { status, submittedAt: new Date() },
        include: REPORT_INCLUDE,
      });
      await this.audit.record(tx, actor, {
        action: 'organizationReport.submitted',
        entityType: 'OrganizationReport',
        entityId: report.id,
        networkId: report.round.networkId,
        organizationId: report.organizationId,
      });
      return updated;
    });
    return toReportModel(row);
  }

  async figures(actor: Actor, args: ReportedFiguresArgs): Promise<Connection<ReportedFigureModel>> {
    const report = await this.report(args.reportId);
    if (!this.authz.can(actor, 'reporting.read', { networkId: report.round.networkId })) {
      this.authz.assert(actor, 'reporting.report', { organizationId: report.organizationId });
    }
    return pageByCreation(this.prisma.reportedFigure, { reportId: report.id }, args, toFigureModel);
  }

  /** A coordinator changes a figure of a locked round; the reason and the change are audited. */
  async correctLocked(actor: Actor, input: CorrectLockedFigureInput): Promise<ReportedFigureModel> {
    const report = await this.report(input.reportId);
    this.authz.assert(actor, 'reporting.manage', { networkId: report.round.networkId });
    const reason = input.reason.trim();
    if (!reason || reason.length > 1000) {
      throw new BadUserInputError('input.reason', 'input.reason: 1–1000 characters.');
    }
    if (report.round.status !== 'LOCKED') {
      throw new BadUserInputError('input.reportId', 'input.reportId: the round is still open.');
    }
    await this.checkFigures(report, [input.figure], 'input.figures');
    const row = await this.prisma.$transaction(async (tx) => {
      const before = await tx.reportedFigure.findUnique({
        where: {
          reportId_indicatorId_serviceId: {
            reportId: report.id,
            indicatorId: input.figure.indicatorId,
            serviceId: input.figure.serviceId,
          },
        },
      });
      const saved = await this.upsert(tx, actor, report.id, input.figure);
      await this.audit.record(tx, actor, {
        action: 'reportedFigure.correctedAfterLock',
        entityType: 'OrganizationReport',
        entityId: report.id,
        serviceId: input.figure.serviceId,
        networkId: report.round.networkId,
        organizationId: report.organizationId,
        changes: [
          {
            field: `figure:${input.figure.indicatorId}`,
            locale: null,
            before: before ? String(before.value) : null,
            after: String(saved.value),
          },
        ],
        note: reason,
      });
      return saved;
    });
    return toFigureModel(row);
  }
}

function reportTransitionRefusal(status: string): DomainError {
  return new DomainError(
    'CONFLICT',
    `A ${status} report cannot be changed; the coordinator asks for a correction first.`,
    { reason: 'INVALID_TRANSITION', status },
  );
}
