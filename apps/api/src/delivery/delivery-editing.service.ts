import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient, type Service, type ServiceDelivery } from '@linja/db';

import { isUuid } from '../common/ids/is-uuid';
import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { ReadinessService } from '../deployment-planning/readiness.service';
import { BadUserInputError } from '../common/errors/domain-error';
import { serviceNotFound } from '../service-offering/service-offering.errors';
import { type ServiceParent, toServiceParent } from '../service-offering/service-offering.mapper';
import { isServiceVisible } from '../service-offering/service-visibility';
import {
  type CreateServiceDeliveryInput,
  type RemoveServiceDeliveryInput,
  type UpdateServiceDeliveryInput,
} from './dto/delivery.inputs';
import { type TDeliveryDetails, toValidDelivery } from './dto/delivery.schema';
import { deliveryNotFound, deliveryVersionConflict } from './delivery.errors';
import { assertDeliveryTransition } from './delivery-transitions';
import {
  deliveryAreaRows,
  deliveryColumns,
  deliveryLocationRows,
  type ServiceDeliveryParent,
  toDeliveryDetails,
  toServiceDeliveryParent,
} from './delivery.mapper';
import {
  isDeliveryVisible,
  mayChangeDelivery,
  mayManageDelivery,
  mayPlanDelivery,
} from './utils/delivery-access.util';
import { diffDelivery } from './utils/delivery-diff.util';

/**
 * Creating, editing and removing a service's deliveries. A delivery is operational data (is it taking
 * clients, its hours, places and capacity), kept up to date by the organisation that runs it: changes
 * take effect at once and do NOT go through the network's content review, unlike the service's own
 * content. Every change is one transaction with its audit record; edits and removals are optimistic
 * (expectedVersion) and change nothing on CONFLICT.
 */
@Injectable()
export class DeliveryEditingService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
    private readonly readiness: ReadinessService,
  ) {}

  async create(actor: Actor, input: CreateServiceDeliveryInput): Promise<ServiceDeliveryParent> {
    const service = await this.loadVisibleService(actor, input.serviceId);
    if (!isUuid(input.organizationId)) {
      throw new BadUserInputError('organizationId', 'organizationId is not an id.');
    }
    // Its managers, or the network's coordinators planning it (the table below keeps them to PLANNING).
    if (!mayPlanDelivery(actor, service))
      this.assertMayManage(actor, service, input.organizationId);
    const details = toValidDelivery(input);
    await this.assertActiveMember(service.networkId, input.organizationId);
    assertDeliveryTransition(actor, service, input.organizationId, {
      from: null,
      to: details.status,
      via: 'createServiceDelivery',
    });
    await this.assertCodesExist(details);

    const row = await this.prisma.$transaction(async (tx) => {
      const delivery = await tx.serviceDelivery.create({
        data: {
          serviceId: service.id,
          organizationId: input.organizationId,
          ...deliveryColumns(details),
        },
      });
      await this.replaceAreas(tx, delivery.id, details, false);
      await this.replaceLocations(tx, delivery.id, details, false);
      if (delivery.status === 'PLANNING') {
        await this.readiness.instantiate(tx, service.networkId, delivery.id);
      }
      await this.audit.record(tx, actor, {
        action: 'delivery.created',
        entityType: 'ServiceDelivery',
        entityId: delivery.id,
        serviceId: service.id,
        networkId: service.networkId,
        organizationId: delivery.organizationId,
        changes: diffDelivery(null, details),
      });
      return delivery;
    });
    return toServiceDeliveryParent(row);
  }

  async update(actor: Actor, input: UpdateServiceDeliveryInput): Promise<ServiceDeliveryParent> {
    const { delivery, service } = await this.loadForChange(actor, input.id);
    this.assertVersion(delivery, input.expectedVersion);
    const before = await this.detailsOf(delivery);
    const details = toValidDelivery(input, before);
    assertDeliveryTransition(actor, service, delivery.organizationId, {
      from: delivery.status,
      to: details.status,
      via: 'updateServiceDelivery',
    });
    await this.assertCodesExist(details);

    const row = await this.prisma.$transaction(async (tx) => {
      const current = await this.bumpVersion(tx, delivery.id, input.expectedVersion, details);
      if (input.areas !== undefined) await this.replaceAreas(tx, delivery.id, details, true);
      if (input.locations !== undefined)
        await this.replaceLocations(tx, delivery.id, details, true);
      if (current.status === 'PLANNING') {
        await this.readiness.instantiate(tx, service.networkId, delivery.id);
      }
      await this.audit.record(tx, actor, {
        action: 'delivery.updated',
        entityType: 'ServiceDelivery',
        entityId: delivery.id,
        serviceId: service.id,
        networkId: service.networkId,
        organizationId: delivery.organizationId,
        changes: diffDelivery(before, details),
      });
      return current;
    });
    return toServiceDeliveryParent(row);
  }

  /** Removes the delivery (its areas and locations go with it); returns its service. */
  async remove(actor: Actor, input: RemoveServiceDeliveryInput): Promise<ServiceParent> {
    const { delivery, service } = await this.loadForChange(actor, input.id);
    this.assertVersion(delivery, input.expectedVersion);
    const before = await this.detailsOf(delivery);

    const row = await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.serviceDelivery.deleteMany({
        where: { id: delivery.id, version: input.expectedVersion },
      });
      if (count === 0) await this.throwStale(tx, delivery.id, input.expectedVersion);
      await this.audit.record(tx, actor, {
        action: 'delivery.removed',
        entityType: 'ServiceDelivery',
        entityId: delivery.id,
        serviceId: service.id,
        networkId: service.networkId,
        organizationId: delivery.organizationId,
        changes: diffDelivery(before, null),
      });
      return tx.service.findUniqueOrThrow({ where: { id: service.id } });
    });
    return toServiceParent(row);
  }

  /** NOT_FOUND for a malformed id, a missing service or one the actor may not see (as loadForChange). */
  private async loadVisibleService(actor: Actor, id: string): Promise<Service> {
    const row = isUuid(id) ? await this.prisma.service.findUnique({ where: { id } }) : null;
    if (!row || !isServiceVisible(actor, row, new Date())) throw serviceNotFound(id);
    return row;
  }

  /**
   * Loads a delivery the actor may change. NOT_FOUND when it does not exist or the actor may not see
   * it (its service is hidden from them, or it is not active and they are not its staff); FORBIDDEN
   * (UNAUTHENTICATED for anonymous callers) when they may see it but not change it (its managers
   * always; the network's coordinators while it is in PLANNING).
   */
  private async loadForChange(
    actor: Actor,
    id: string,
  ): Promise<{ delivery: ServiceDelivery; service: Service }> {
    const found = isUuid(id)
      ? await this.prisma.serviceDelivery.findUnique({ where: { id }, include: { service: true } })
      : null;
    if (!found || !isServiceVisible(actor, found.service, new Date())) throw deliveryNotFound(id);
    const { service, ...delivery } = found;
    if (!isDeliveryVisible(actor, service, delivery)) throw deliveryNotFound(id);
    if (!mayChangeDelivery(actor, service, delivery)) {
      this.assertMayManage(actor, service, delivery.organizationId);
    }
    return { delivery, service };
  }

  private assertMayManage(actor: Actor, service: Service, producerId: string): void {
    if (mayManageDelivery(actor, service, producerId)) return;
    // Neither the producer's nor the responsible organisation's staff: the uniform FORBIDDEN.
    this.authz.assert(actor, 'delivery.manage', {
      networkId: service.networkId,
      organizationId: producerId,
    });
  }

  private async assertActiveMember(networkId: string, organizationId: string): Promise<void> {
    const membership = await this.prisma.networkMembership.findUnique({
      where: { networkId_organizationId: { networkId, organizationId } },
      select: { status: true },
    });
    if (membership?.status !== 'ACTIVE') {
      throw new BadUserInputError(
        'organizationId',
        "The producing organisation is not an active member of the service's network.",
      );
    }
  }

  /** Every area and location municipality code names a row of the reference data. */
  private async assertCodesExist(details: TDeliveryDetails): Promise<void> {
    const { areas, locations } = details;
    const locationCodes = locations.flatMap((location) =>
      location.municipalityCode ? [location.municipalityCode] : [],
    );
    const municipalityCodes = [...new Set([...areas.municipalityCodes, ...locationCodes])];
    const [municipalities, wellbeingAreas, regions] = await Promise.all([
      municipalityCodes.length === 0
        ? []
        : this.prisma.municipality.findMany({
            where: { code: { in: municipalityCodes } },
            select: { code: true },
          }),
      areas.wellbeingAreaCodes.length === 0
        ? []
        : this.prisma.wellbeingArea.findMany({
            where: { code: { in: areas.wellbeingAreaCodes } },
            select: { code: true },
          }),
      areas.regionCodes.length === 0
        ? []
        : this.prisma.region.findMany({
            where: { code: { in: areas.regionCodes } },
            select: { code: true },
          }),
    ]);
    const known = new Set([
      ...municipalities.map((row) => `m${row.code}`),
      ...wellbeingAreas.map((row) => `w${row.code}`),
      ...regions.map((row) => `r${row.code}`),
    ]);
    const check = (
      prefix: string,
      codes: readonly string[],
      field: (index: number) => string,
      what: string,
    ) => {
      const index = codes.findIndex((code) => !known.has(`${prefix}${code}`));
      if (index >= 0) {
        throw new BadUserInputError(
          field(index),
          `${field(index)}: unknown ${what} code "${codes[index]}"`,
        );
      }
    };
    check('m', areas.municipalityCodes, (i) => `areas.municipalityCodes.${i}`, 'municipality');
    check('w', areas.wellbeingAreaCodes, (i) => `areas.wellbeingAreaCodes.${i}`, 'wellbeing area');
    check('r', areas.regionCodes, (i) => `areas.regionCodes.${i}`, 'region');
    locations.forEach((location, i) => {
      if (location.municipalityCode) {
        check(
          'm',
          [location.municipalityCode],
          () => `locations.${i}.municipalityCode`,
          'municipality',
        );
      }
    });
  }

  private async detailsOf(delivery: ServiceDelivery): Promise<TDeliveryDetails> {
    const [areas, locations] = await Promise.all([
      this.prisma.deliveryArea.findMany({ where: { deliveryId: delivery.id } }),
      this.prisma.deliveryLocation.findMany({ where: { deliveryId: delivery.id } }),
    ]);
    return toDeliveryDetails(delivery, areas, locations);
  }

  /**
   * The edit is laid over the delivery as loaded, so it must be the version the client saw. (The
   * transaction checks the version again while writing, against concurrent edits.)
   */
  private assertVersion(delivery: ServiceDelivery, expectedVersion: number): void {
    if (delivery.version !== expectedVersion) {
      throw deliveryVersionConflict(expectedVersion, delivery.version);
    }
  }

  /**
   * Writes the delivery's columns and increments its version if it still is `expectedVersion` (the
   * row lock is held until the transaction ends); otherwise CONFLICT, and the transaction rolls back.
   */
  private async bumpVersion(
    tx: Prisma.TransactionClient,
    id: string,
    expectedVersion: number,
    details: TDeliveryDetails,
  ): Promise<ServiceDelivery> {
    const { count } = await tx.serviceDelivery.updateMany({
      where: { id, version: expectedVersion },
      data: { ...deliveryColumns(details), version: { increment: 1 } },
    });
    if (count === 0) await this.throwStale(tx, id, expectedVersion);
    return tx.serviceDelivery.findUniqueOrThrow({ where: { id } });
  }

  private async throwStale(
    tx: Prisma.TransactionClient,
    id: string,
    expectedVersion: number,
  ): Promise<never> {
    const now = await tx.serviceDelivery.findUnique({ where: { id }, select: { version: true } });
    if (!now) throw deliveryNotFound(id);
    throw deliveryVersionConflict(expectedVersion, now.version);
  }

  private async replaceAreas(
    tx: Prisma.TransactionClient,
    deliveryId: string,
    details: TDeliveryDetails,
    clearFirst: boolean,
  ): Promise<void> {
    if (clearFirst) await tx.deliveryArea.deleteMany({ where: { deliveryId } });
    const rows = deliveryAreaRows(deliveryId, details.areas);
    if (rows.length > 0) await tx.deliveryArea.createMany({ data: rows });
  }

  private async replaceLocations(
    tx: Prisma.TransactionClient,
    deliveryId: string,
    details: TDeliveryDetails,
    clearFirst: boolean,
  ): Promise<void> {
    if (clearFirst) await tx.deliveryLocation.deleteMany({ where: { deliveryId } });
    const rows = deliveryLocationRows(deliveryId, details.locations);
    if (rows.length > 0) await tx.deliveryLocation.createMany({ data: rows });
  }
}
