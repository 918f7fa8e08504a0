import { Injectable } from '@nestjs/common';
import { type FundingSource, PrismaClient } from '@linja/db';

import { AuditService, type FieldChangeRecord } from '../../audit/audit.service';
import { type Actor } from '../../auth/actor';
import { AuthorizationService } from '../../authz/authorization.service';
import { BadUserInputError } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids/is-uuid';
import { type Connection } from '../../common/pagination/connection.model';
import {
  type CreateFundingSourceInput,
  type ServiceFundingSourcesArgs,
} from '../dto/reporting.inputs';
import { type FundingSourceModel } from '../models/reporting.model';
import { pageByCreation } from '../paginate';
import { assertMayRead, notFound, parseDate } from '../reporting-access';
import { toFundingModel } from '../reporting.mapper';
import { type UpdateFundingSourceInput } from './funding.inputs';

interface ServiceScope {
  id: string;
  networkId: string;
  responsibleOrganizationId: string;
}

type FundingFields = Pick<
  FundingSource,
  'type' | 'funderName' | 'amount' | 'startsOn' | 'endsOn' | 'isPermanent'
>;

/** Checks a funding source's fields; BAD_USER_INPUT with the field, before anything is written. */
function fundingFields(input: Omit<CreateFundingSourceInput, 'serviceId'>): {
  type: FundingSource['type'];
  funderName: string;
  amount: number | null;
  startsOn: Date;
  endsOn: Date | null;
  isPermanent: boolean;
} {
  const funderName = input.funderName.trim();
  if (!funderName || funderName.length > 200) {
    throw new BadUserInputError('input.funderName', 'input.funderName: 1–200 characters.');
  }
  const amount = input.amount ?? null;
  if (amount !== null && (!Number.isFinite(amount) || amount < 0 || amount >= 1e10)) {
    throw new BadUserInputError('input.amount', 'input.amount: euros, 0 or more.');
  }
  const startsOn = parseDate(input.startsOn, 'input.startsOn');
  const endsOn = input.endsOn ? parseDate(input.endsOn, 'input.endsOn') : null;
  if (endsOn && endsOn < startsOn) {
    throw new BadUserInputError('input.endsOn', 'input.endsOn: not before startsOn.');
  }
  return { type: input.type, funderName, amount, startsOn, endsOn, isPermanent: input.isPermanent };
}

function text(value: FundingFields[keyof FundingFields]): string | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** The fields that differ, for the audit log. */
function changesOf(before: FundingFields | null, after: FundingFields | null): FieldChangeRecord[] {
  const fields = ['type', 'funderName', 'amount', 'startsOn', 'endsOn', 'isPermanent'] as const;
  return fields.flatMap((field) => {
    const was = before ? text(before[field]) : null;
    const is = after ? text(after[field]) : null;
    return was === is ? [] : [{ field, locale: null, before: was, after: is }];
  });
}

/**
 * A service's funding sources (so that reports split by funder): its responsible organisation's
 * admins and the network's coordinators write them, every change audited; the results' readers read.
 */
@Injectable()
export class FundingSourcesService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  private async service(actor: Actor, serviceId: string, write: boolean): Promise<ServiceScope> {
    const service = isUuid(serviceId)
      ? await this.prisma.service.findUnique({
          where: { id: serviceId },
          select: { id: true, networkId: true, responsibleOrganizationId: true },
        })
      : null;
    if (!service) throw notFound('Service', serviceId);
    if (write) {
      if (!this.authz.can(actor, 'reporting.manage', { networkId: service.networkId })) {
        this.authz.assert(actor, 'reporting.report', {
          organizationId: service.responsibleOrganizationId,
        });
      }
    } else {
      await assertMayRead(
        this.prisma,
        this.authz,
        actor,
        service.networkId,
        service.responsibleOrganizationId,
      );
    }
    return service;
  }

  /** The funding source and its service, after checking the actor may write it (NOT_FOUND first). */
  private async writable(actor: Actor, id: string) {
    const row = isUuid(id) ? await this.prisma.fundingSource.findUnique({ where: { id } }) : null;
    if (!row) throw notFound('FundingSource', id);
    const service = await this.service(actor, row.serviceId, true);
    return { row, service };
  }

  private record(
    tx: Parameters<AuditService['record']>[0],
    actor: Actor,
    action: string,
    service: ServiceScope,
    id: string,
    changes: FieldChangeRecord[],
  ) {
    return this.audit.record(tx, actor, {
      action,
      entityType: 'FundingSource',
      entityId: id,
      serviceId: service.id,
      networkId: service.networkId,
      organizationId: service.responsibleOrganizationId,
      changes,
    });
  }

  async create(actor: Actor, input: CreateFundingSourceInput): Promise<FundingSourceModel> {
    const service = await this.service(actor, input.serviceId, true);
    const data = fundingFields(input);
    const row = await this.prisma.$transaction(async (tx) => {
      const created = await tx.fundingSource.create({ data: { serviceId: service.id, ...data } });
      await this.record(tx, actor, 'fundingSource.created', service, created.id, [
        ...changesOf(null, created),
      ]);
      return created;
    });
    return toFundingModel(row);
  }

  async update(actor: Actor, input: UpdateFundingSourceInput): Promise<FundingSourceModel> {
    const { row: before, service } = await this.writable(actor, input.id);
    const data = fundingFields(input);
    const row = await this.prisma.$transaction(async (tx) => {
      const updated = await tx.fundingSource.update({ where: { id: before.id }, data });
      const changes = changesOf(before, updated);
      if (changes.length > 0) {
        await this.record(tx, actor, 'fundingSource.updated', service, updated.id, changes);
      }
      return updated;
    });
    return toFundingModel(row);
  }

  async remove(actor: Actor, id: string): Promise<FundingSourceModel> {
    const { row, service } = await this.writable(actor, id);
    await this.prisma.$transaction(async (tx) => {
      await tx.fundingSource.delete({ where: { id: row.id } });
      await this.record(tx, actor, 'fundingSource.removed', service, row.id, changesOf(row, null));
    });
    return toFundingModel(row);
  }

  async list(
    actor: Actor,
    args: ServiceFundingSourcesArgs,
  ): Promise<Connection<FundingSourceModel>> {
    const service = await this.service(actor, args.serviceId, false);
    return pageByCreation(
      this.prisma.fundingSource,
      { serviceId: service.id },
      args,
      toFundingModel,
    );
  }
}
