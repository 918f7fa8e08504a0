import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient } from '@linja/db';

import { type Actor, actorId, actorLabel } from '../auth/actor';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import { type AuditEventModel } from './models/audit-event.model';

export interface FieldChangeRecord {
  field: string;
  locale: string | null;
  before: string | null;
  after: string | null;
}

export interface AuditEntry {
  action: string;
  entityType:
    | 'Service'
    | 'ServiceRevision'
    | 'ServiceDelivery'
    | 'Organization'
    | 'Network'
    | 'NetworkMembership'
    | 'TaxonomyTerm'
    | 'SearchSynonym'
    | 'User'
    | 'Invitation'
    | 'InfoSeries'
    | 'InfoPresentation'
    | 'Event'
    | 'EventSignup'
    | 'Referral'
    | 'ServiceReferralSettings'
    | 'ReportingRound'
    | 'FundingSource'
    | 'OrganizationReport'
    | 'OtherProvider'
    | 'FeedbackSurvey'
    | 'CalendarFeed';
  entityId: string;
  serviceId?: string;
  networkId?: string;
  organizationId?: string;
  changes?: FieldChangeRecord[];
  note?: string;
}

/** The audit log: every change is recorded in the same transaction as the change itself. */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaClient) {}

  async record(tx: Prisma.TransactionClient, actor: Actor, entry: AuditEntry): Promise<void> {
    await tx.auditEvent.create({
      data: {
        actorId: actorId(actor),
        actorLabel: actorLabel(actor),
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        serviceId: entry.serviceId ?? null,
        networkId: entry.networkId ?? null,
        organizationId: entry.organizationId ?? null,
        changes: (entry.changes ?? []) as unknown as Prisma.InputJsonValue,
        note: entry.note ?? null,
      },
    });
  }

  /** A service's history, newest first. The caller has checked that the actor may read it. */
  listForService(serviceId: string, args: PaginationArgs): Promise<Connection<AuditEventModel>> {
    return this.list({ serviceId }, args);
  }

  /** Everything recorded in a network, newest first. The caller has checked the actor may read it. */
  listForNetwork(networkId: string, args: PaginationArgs): Promise<Connection<AuditEventModel>> {
    return this.list({ networkId }, args);
  }

  private async list(
    scope: Prisma.AuditEventWhereInput,
    args: PaginationArgs,
  ): Promise<Connection<AuditEventModel>> {
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const [afterAt, afterId] = page.after ?? [];
    const where: Prisma.AuditEventWhereInput = {
      ...scope,
      ...(page.after === undefined
        ? {}
        : {
            OR: [
              { occurredAt: { lt: new Date(String(afterAt)) } },
              { occurredAt: new Date(String(afterAt)), id: { lt: String(afterId) } },
            ],
          }),
    };
    const [rows, totalCount] = await Promise.all([
      this.prisma.auditEvent.findMany({
        where,
        orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
        take: page.take + 1,
      }),
      this.prisma.auditEvent.count({ where: scope }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.occurredAt.toISOString(), row.id],
      (row) => ({
        id: row.id,
        occurredAt: row.occurredAt,
        actorLabel: row.actorLabel,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        serviceId: row.serviceId,
        organizationId: row.organizationId,
        note: row.note,
        changes: row.changes as unknown as FieldChangeRecord[],
      }),
    );
  }
}
