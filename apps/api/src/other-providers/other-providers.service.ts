import { Injectable } from '@nestjs/common';
import { verifiedBefore } from '@linja/domain';
import { type Network, type OtherProvider, type Prisma, PrismaClient } from '@linja/db';

import { AuditService, type FieldChangeRecord } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { escapeLikePattern } from '../common/text/like-pattern';
import {
  type CreateOtherProviderInput,
  type OtherProvidersArgs,
  type UpdateOtherProviderInput,
} from './dto/other-provider.inputs';
import { type TOtherProviderDetails, toValidOtherProvider } from './dto/other-provider.schema';
import { OtherProviderAccess } from './other-provider-access.service';
import {
  assertOtherProviderTransition,
  type OtherProviderOperation,
  stateOf,
} from './other-provider-transitions';
import {
  networkPolicy,
  toOtherProviderBase,
  toOtherProviderColumns,
  toOtherProviderModel,
} from './other-provider.mapper';
import { type OtherProviderModel } from './models/other-provider.model';

const BY_NAME = [cursorPart.text, cursorPart.uuid] as const;

/**
 * A network's list of other providers (issue 18, the "pie"): listing, creating, editing, "checked
 * today", archiving and restoring, for whoever OtherProviderAccess lets manage the list. Every change
 * is audited; an outsider gets NOT_FOUND for a provider and FORBIDDEN for a network.
 */
@Injectable()
export class OtherProvidersService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly access: OtherProviderAccess,
    private readonly audit: AuditService,
  ) {}

  async list(
    actor: Actor,
    network: Network,
    args: OtherProvidersArgs,
  ): Promise<Connection<OtherProviderModel>> {
    await this.access.assertManage(actor, network);
    const page = toPageRequest(args, BY_NAME);
    const filter = args.filter ?? {};
    if (filter.termId && !isUuid(filter.termId)) {
      throw new BadUserInputError('filter.termId', 'filter.termId: not an id.');
    }
    const policy = networkPolicy(network);
    const where: Prisma.OtherProviderWhereInput = {
      networkId: network.id,
      archivedAt: filter.archived ? { not: null } : null,
      ...(filter.text?.trim()
        ? { name: { contains: escapeLikePattern(filter.text.trim()), mode: 'insensitive' } }
        : {}),
      ...(filter.termId ? { terms: { some: { termId: filter.termId } } } : {}),
      ...(filter.dueForCheck ? { checkedAt: { lt: verifiedBefore('DUE_FOR_CHECK', policy) } } : {}),
    };
    const after = page.after;
    const rows = await this.prisma.otherProvider.findMany({
      where: after
        ? {
            AND: [
              where,
              { OR: [{ name: { gt: after[0] } }, { name: after[0], id: { gt: after[1] } }] },
            ],
          }
        : where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: page.take + 1,
    });
    const total = await this.prisma.otherProvider.count({ where });
    const now = new Date();
    return toConnection(
      rows,
      page,
      total,
      (row) => [row.name, row.id],
      (row) => toOtherProviderModel(row, policy, now),
    );
  }

  async create(actor: Actor, input: CreateOtherProviderInput): Promise<OtherProviderModel> {
    const network = await this.network(input.networkId, 'networkId');
    await this.access.assertManage(actor, network);
    if (input.name === undefined || input.name === null) {
      throw new BadUserInputError('name', 'name: required.');
    }
    const details = toValidOtherProvider(input, null);
    await this.checkReferences(network.id, details);
    const row = await this.prisma.$transaction(async (tx) => {
      const created = await tx.otherProvider.create({
        data: {
          networkId: network.id,
          ...toOtherProviderColumns(details),
          terms: { create: details.termIds.map((termId) => ({ termId })) },
        },
      });
      await this.record(tx, actor, created, 'otherProvider.created', [
        { field: 'name', locale: null, before: null, after: created.name },
      ]);
      return created;
    });
    return toOtherProviderModel(row, networkPolicy(network));
  }

  async update(actor: Actor, input: UpdateOtherProviderInput): Promise<OtherProviderModel> {
    const { row, network } = await this.load(actor, input.id);
    const termIds = await this.termIdsOf(row.id);
    const details = toValidOtherProvider(input, toOtherProviderBase(row, termIds));
    await this.checkReferences(network.id, details);
    const updated = await this.prisma.$transaction(async (tx) => {
      const bumped = await tx.otherProvider.updateMany({
        where: { id: row.id, version: input.expectedVersion },
        data: { ...toOtherProviderColumns(details), version: { increment: 1 } },
      });
      if (bumped.count === 0) {
        throw new DomainError(
          'CONFLICT',
          'Someone changed this provider meanwhile; reload and try again.',
          { field: 'expectedVersion' },
        );
      }
      if (input.termIds !== undefined && input.termIds !== null) {
        await tx.otherProviderTerm.deleteMany({ where: { providerId: row.id } });
        await tx.otherProviderTerm.createMany({
          data: details.termIds.map((termId) => ({ providerId: row.id, termId })),
        });
      }
      const after = await tx.otherProvider.findUniqueOrThrow({ where: { id: row.id } });
      const changes = diff(row, after, termIds, details.termIds);
      if (changes.length > 0) await this.record(tx, actor, after, 'otherProvider.updated', changes);
      return after;
    });
    return toOtherProviderModel(updated, networkPolicy(network));
  }

  /** "Checked today": the details are still right; restarts the freshness clock (no version bump). */
  async markChecked(actor: Actor, id: string): Promise<OtherProviderModel> {
    const { row, network } = await this.load(actor, id);
    const updated = await this.prisma.$transaction(async (tx) => {
      const after = await tx.otherProvider.update({
        where: { id: row.id },
        data: { checkedAt: new Date() },
      });
      await this.record(tx, actor, after, 'otherProvider.checked', [
        {
          field: 'checkedAt',
          locale: null,
          before: row.checkedAt.toISOString(),
          after: after.checkedAt.toISOString(),
        },
      ]);
      return after;
    });
    return toOtherProviderModel(updated, networkPolicy(network));
  }

  async changeState(
    actor: Actor,
    id: string,
    operation: OtherProviderOperation,
  ): Promise<OtherProviderModel> {
    const { row, network } = await this.load(actor, id);
    const to = assertOtherProviderTransition(stateOf(row), operation);
    const updated = await this.prisma.$transaction(async (tx) => {
      const after = await tx.otherProvider.update({
        where: { id: row.id },
        data: { archivedAt: to === 'ARCHIVED' ? new Date() : null, version: { increment: 1 } },
      });
      await this.record(
        tx,
        actor,
        after,
        to === 'ARCHIVED' ? 'otherProvider.archived' : 'otherProvider.restored',
        [{ field: 'state', locale: null, before: stateOf(row), after: to }],
      );
      return after;
    });
    return toOtherProviderModel(updated, networkPolicy(network));
  }

  /** Whether the network's member organisations may keep the list (`network.manage`). */
  async updateSettings(
    actor: Actor,
    networkId: string,
    membersMayManage: boolean,
  ): Promise<Network> {
    const network = await this.network(networkId, 'networkId');
    this.authz.assert(actor, 'network.manage', { networkId: network.id });
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.network.update({
        where: { id: network.id },
        data: { otherProvidersByMembers: membersMayManage },
      });
      if (network.otherProvidersByMembers !== membersMayManage) {
        await this.audit.record(tx, actor, {
          action: 'network.otherProviderSettingsUpdated',
          entityType: 'Network',
          entityId: network.id,
          networkId: network.id,
          changes: [
            {
              field: 'otherProvidersByMembers',
              locale: null,
              before: String(network.otherProvidersByMembers),
              after: String(membersMayManage),
            },
          ],
        });
      }
      return updated;
    });
  }

  /** Whether the actor may manage the network's list (for the admin's navigation). */
  mayManage(actor: Actor, network: Network): Promise<boolean> {
    return this.access.mayManage(actor, network);
  }

  private async network(id: string, field: string): Promise<Network> {
    const network = isUuid(id) ? await this.prisma.network.findUnique({ where: { id } }) : null;
    if (!network) throw new DomainError('NOT_FOUND', `No network ${id}.`, { field, id });
    return network;
  }

  /** The provider and its network, after checking the actor manages the list (NOT_FOUND first). */
  private async load(actor: Actor, id: string): Promise<{ row: OtherProvider; network: Network }> {
    const row = isUuid(id)
      ? await this.prisma.otherProvider.findUnique({ where: { id }, include: { network: true } })
      : null;
    if (!row || !(await this.access.mayManage(actor, row.network))) {
      throw new DomainError('NOT_FOUND', `No provider ${id}.`, { id });
    }
    const { network, ...provider } = row;
    return { row: provider, network };
  }

  private async termIdsOf(providerId: string): Promise<string[]> {
    const rows = await this.prisma.otherProviderTerm.findMany({ where: { providerId } });
    return rows.map((row) => row.termId);
  }

  /** Codes exist; terms are the network's own and not archived (BAD_USER_INPUT naming the list). */
  private async checkReferences(networkId: string, details: TOtherProviderDetails): Promise<void> {
    const { municipalityCodes, wellbeingAreaCodes, regionCodes } = details.areas;
    const [municipalities, areas, regions, terms] = await Promise.all([
      this.prisma.municipality.count({ where: { code: { in: municipalityCodes } } }),
      this.prisma.wellbeingArea.count({ where: { code: { in: wellbeingAreaCodes } } }),
      this.prisma.region.count({ where: { code: { in: regionCodes } } }),
      this.prisma.taxonomyTerm.count({
        where: { id: { in: details.termIds }, networkId, archivedAt: null },
      }),
    ]);
    if (municipalities !== municipalityCodes.length) {
      throw new BadUserInputError(
        'areas.municipalityCodes',
        'areas.municipalityCodes: unknown code.',
      );
    }
    if (areas !== wellbeingAreaCodes.length) {
      throw new BadUserInputError(
        'areas.wellbeingAreaCodes',
        'areas.wellbeingAreaCodes: unknown code.',
      );
    }
    if (regions !== regionCodes.length) {
      throw new BadUserInputError('areas.regionCodes', 'areas.regionCodes: unknown code.');
    }
    if (terms !== details.termIds.length) {
      throw new BadUserInputError(
        'termIds',
        'termIds: a term that is not one of the network’s current themes or target groups.',
      );
    }
  }

  private record(
    tx: Prisma.TransactionClient,
    actor: Actor,
    row: OtherProvider,
    action: string,
    changes: FieldChangeRecord[],
  ): Promise<void> {
    return this.audit.record(tx, actor, {
      action,
      entityType: 'OtherProvider',
      entityId: row.id,
      networkId: row.networkId,
      changes,
    });
  }
}

function diff(
  before: OtherProvider,
  after: OtherProvider,
  termsBefore: string[],
  termsAfter: string[],
): FieldChangeRecord[] {
  const text = (value: unknown) =>
    value === null || value === undefined
      ? null
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  const fields = [
    'name',
    'description',
    'phone',
    'chatUrl',
    'website',
    'openingHours',
    'isNationwide',
    'isOnline',
    'municipalityCodes',
    'wellbeingAreaCodes',
    'regionCodes',
  ] as const;
  const changes: FieldChangeRecord[] = fields.flatMap((field) => {
    const was = text(before[field]);
    const is = text(after[field]);
    return was === is ? [] : [{ field, locale: null, before: was, after: is }];
  });
  const terms = (ids: string[]) => [...ids].sort().join(', ');
  if (terms(termsBefore) !== terms(termsAfter)) {
    changes.push({
      field: 'termIds',
      locale: null,
      before: terms(termsBefore),
      after: terms(termsAfter),
    });
  }
  return changes;
}
