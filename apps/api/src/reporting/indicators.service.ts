import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type Connection } from '../common/pagination/connection.model';
import {
  type CreateIndicatorInput,
  type CreateNetworkGoalInput,
  type IndicatorsArgs,
  type SetIndicatorTargetInput,
} from './dto/reporting.inputs';
import {
  type IndicatorModel,
  type IndicatorTargetModel,
  type NetworkGoalModel,
} from './models/reporting.model';
import { pageByCreation } from './paginate';
import { periodRange } from './period';
import {
  assertMayRead,
  checkId,
  networkBySlug,
  notFound,
  optionalText,
  requiredText,
} from './reporting-access';
import { toGoalModel, toIndicatorModel, toTargetModel } from './reporting.mapper';

const AGE_BAND = /^\d{1,3}(-\d{1,3})?\+?$/;

/** Goals, indicators and targets: what the results are measured against. */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
  ) {}

  async createGoal(actor: Actor, input: CreateNetworkGoalInput): Promise<NetworkGoalModel> {
    const network = await networkBySlug(this.prisma, input.networkSlug);
    this.authz.assert(actor, 'reporting.manage', { networkId: network.id });
    const title = requiredText(input.title, 'input.title');
    const description = optionalText(input.description, 'input.description');
    const row = await this.prisma.networkGoal.create({
      data: { networkId: network.id, title, description, position: input.position ?? 0 },
    });
    return toGoalModel(row);
  }

  /** The network's headings: its readers, and (with organizationId) a member organisation's admins. */
  async goals(actor: Actor, args: IndicatorsArgs): Promise<Connection<NetworkGoalModel>> {
    const network = await networkBySlug(this.prisma, args.networkSlug);
    await assertMayRead(this.prisma, this.authz, actor, network.id, args.organizationId);
    return pageByCreation(this.prisma.networkGoal, { networkId: network.id }, args, toGoalModel);
  }

  async createIndicator(actor: Actor, input: CreateIndicatorInput): Promise<IndicatorModel> {
    const network = await networkBySlug(this.prisma, input.networkSlug);
    const organizationId = input.organizationId ?? null;
    if (organizationId) {
      checkId(organizationId, 'input.organizationId');
      this.authz.assert(actor, 'reporting.report', { organizationId });
      const member = await this.prisma.networkMembership.findUnique({
        where: { networkId_organizationId: { networkId: network.id, organizationId } },
        select: { status: true },
      });
      if (member?.status !== 'ACTIVE') {
        throw new BadUserInputError(
          'input.organizationId',
          'input.organizationId: not an active member of the network.',
        );
      }
    } else {
      this.authz.assert(actor, 'reporting.manage', { networkId: network.id });
    }
    if ((input.source === 'COMPUTED') !== Boolean(input.computedKind)) {
      throw new BadUserInputError(
        'input.computedKind',
        'input.computedKind: required for a COMPUTED indicator and only for one.',
      );
    }
    if (input.goalId) {
      const goal = isUuid(input.goalId)
        ? await this.prisma.networkGoal.findUnique({ where: { id: input.goalId } })
        : null;
      if (goal?.networkId !== network.id) {
        throw new BadUserInputError('input.goalId', 'input.goalId: not a goal of the network.');
      }
    }
    const row = await this.prisma.indicator.create({
      data: {
        networkId: network.id,
        organizationId,
        goalId: input.goalId ?? null,
        name: requiredText(input.name, 'input.name'),
        description: optionalText(input.description, 'input.description'),
        unit: optionalText(input.unit, 'input.unit', 60),
        aggregation: input.aggregation,
        source: input.source,
        computedKind: input.computedKind ?? null,
      },
    });
    return toIndicatorModel(row);
  }

  /** The network's indicators, and with `organizationId` that organisation's own too. */
  indicatorScope(networkId: string, organizationId?: string | null): Prisma.IndicatorWhereInput {
    return {
      networkId,
      OR: [
        { organizationId: null },
        ...(organizationId && isUuid(organizationId) ? [{ organizationId }] : []),
      ],
    };
  }

  async indicators(actor: Actor, args: IndicatorsArgs): Promise<Connection<IndicatorModel>> {
    const network = await networkBySlug(this.prisma, args.networkSlug);
    await assertMayRead(this.prisma, this.authz, actor, network.id, args.organizationId);
    return pageByCreation(
      this.prisma.indicator,
      this.indicatorScope(network.id, args.organizationId),
      args,
      toIndicatorModel,
    );
  }

  /** Who manages an indicator: the network's coordinators, or the owning organisation's admins. */
  async manageableIndicator(actor: Actor, id: string) {
    const row = isUuid(id) ? await this.prisma.indicator.findUnique({ where: { id } }) : null;
    if (!row) throw notFound('Indicator', id);
    if (row.organizationId) {
      this.authz.assert(actor, 'reporting.report', { organizationId: row.organizationId });
    } else {
      this.authz.assert(actor, 'reporting.manage', { networkId: row.networkId });
    }
    return row;
  }

  /** Sets the target of an indicator for a period and breakdown (replacing the same one). */
  async setTarget(actor: Actor, input: SetIndicatorTargetInput): Promise<IndicatorTargetModel> {
    const indicator = await this.manageableIndicator(actor, input.indicatorId);
    const range = periodRange(input.period, 'input.period');
    if (!Number.isFinite(input.value) || input.value < 0) {
      throw new BadUserInputError('input.value', 'input.value: a number ≥ 0.');
    }
    if (input.serviceId) {
      const service = isUuid(input.serviceId)
        ? await this.prisma.service.findUnique({ where: { id: input.serviceId } })
        : null;
      if (service?.networkId !== indicator.networkId) {
        throw new BadUserInputError(
          'input.serviceId',
          'input.serviceId: not a service of the network.',
        );
      }
    }
    if (input.municipalityCode && !/^\d{3}$/.test(input.municipalityCode)) {
      throw new BadUserInputError('input.municipalityCode', 'input.municipalityCode: 3 digits.');
    }
    if (input.wellbeingAreaCode && !/^\d{2}$/.test(input.wellbeingAreaCode)) {
      throw new BadUserInputError('input.wellbeingAreaCode', 'input.wellbeingAreaCode: 2 digits.');
    }
    if (input.ageBand && !AGE_BAND.test(input.ageBand)) {
      throw new BadUserInputError('input.ageBand', 'input.ageBand: like "0-2", "7-11" or "65+".');
    }
    const breakdown = {
      serviceId: input.serviceId ?? null,
      municipalityCode: input.municipalityCode ?? null,
      wellbeingAreaCode: input.wellbeingAreaCode ?? null,
      ageBand: input.ageBand ?? null,
    };
    const row = await this.prisma.$transaction(async (tx) => {
      await tx.indicatorTarget.deleteMany({
        where: {
          indicatorId: indicator.id,
          periodKind: range.kind,
          periodStart: range.start,
          ...breakdown,
        },
      });
      return tx.indicatorTarget.create({
        data: {
          indicatorId: indicator.id,
          periodKind: range.kind,
          periodStart: range.start,
          periodEnd: range.end,
          value: input.value,
          ...breakdown,
        },
      });
    });
    return toTargetModel(row);
  }
}
