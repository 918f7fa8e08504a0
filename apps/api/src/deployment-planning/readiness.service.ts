import { Injectable } from '@nestjs/common';
import {
  type Prisma,
  PrismaClient,
  type ReadinessTemplateItem,
  type Service,
  type ServiceDelivery,
} from '@linja/db';

import { AuditService, type FieldChangeRecord } from '../audit/audit.service';
import { type Actor, actorId, actorLabel } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { fromLocalizedTextInput } from '../common/localization/localized-text.util';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import { assertDeliveryTransition } from '../delivery/delivery-transitions';
import { deliveryNotFound, deliveryVersionConflict } from '../delivery/delivery.errors';
import { type ServiceDeliveryParent, toServiceDeliveryParent } from '../delivery/delivery.mapper';
import { isDeliveryVisible, mayManageDelivery } from '../delivery/utils/delivery-access.util';
import { isServiceVisible } from '../service-offering/service-visibility';
import {
  type ActivateServiceDeliveryInput,
  type UpdateReadinessItemInput,
  type UpdateReadinessTemplateInput,
} from './dto/readiness.inputs';
import { isSettled } from './readiness.mapper';

export const MAX_TEMPLATE_ITEMS = 50;
const MAX_TITLE = 200;
const MAX_DESCRIPTION = 2000;
const MAX_OWNER = 200;
const MAX_NOTES = 4000;

type Tx = Prisma.TransactionClient;

/**
 * Deployment planning: the network's readiness checklist (template), its copy in every delivery that
 * is being planned, progress on each step, and the coordinator's decision to take the delivery live.
 */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Gives a delivery that enters PLANNING its checklist: a copy of the network's template as it is now.
   * A delivery that already has one keeps it (e.g. ENDED → PLANNING again).
   */
  async instantiate(tx: Tx, networkId: string, deliveryId: string): Promise<void> {
    const existing = await tx.readinessItem.count({ where: { deliveryId } });
    if (existing > 0) return;
    const template = await tx.readinessTemplateItem.findMany({
      where: { networkId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
    if (template.length === 0) return;
    await tx.readinessItem.createMany({
      data: template.map((step, index) => ({
        deliveryId,
        templateItemId: step.id,
        position: index + 1,
        title: step.title as Prisma.InputJsonValue,
        description: step.description as Prisma.InputJsonValue,
      })),
    });
  }

  /** The network's checklist (its coordinators). */
  async template(actor: Actor, networkId: string): Promise<ReadinessTemplateItem[]> {
    this.authz.assert(actor, 'network.manage', { networkId });
    return this.prisma.readinessTemplateItem.findMany({
      where: { networkId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
  }

  /** Replaces the network's checklist with `input.items`, in order (its coordinators). */
  async updateTemplate(
    actor: Actor,
    input: UpdateReadinessTemplateInput,
  ): Promise<{ networkId: string }> {
    const network = isUuid(input.networkId)
      ? await this.prisma.network.findUnique({ where: { id: input.networkId } })
      : null;
    if (!network) {
      throw new DomainError('NOT_FOUND', `No network ${input.networkId}.`, {
        id: input.networkId,
      });
    }
    this.authz.assert(actor, 'network.manage', { networkId: network.id });
    if (input.items.length === 0 || input.items.length > MAX_TEMPLATE_ITEMS) {
      throw new BadUserInputError(
        'items',
        `A checklist has 1–${MAX_TEMPLATE_ITEMS} steps (got ${input.items.length}).`,
      );
    }
    const current = await this.prisma.readinessTemplateItem.findMany({
      where: { networkId: network.id },
    });
    const currentIds = new Set(current.map((row) => row.id));
    const seen = new Set<string>();
    const items = input.items.map((item, index) => {
      const field = `items.${index}`;
      if (item.id !== null && item.id !== undefined) {
        if (!currentIds.has(item.id) || seen.has(item.id)) {
          throw new BadUserInputError(`${field}.id`, 'Not a step of this checklist.');
        }
        seen.add(item.id);
      }
      const title = cleanText(fromLocalizedTextInput(item.title), `${field}.title`, MAX_TITLE);
      if (!title.fi)
        throw new BadUserInputError(`${field}.title.fi`, 'The Finnish title is required.');
      const description = cleanText(
        fromLocalizedTextInput(item.description),
        `${field}.description`,
        MAX_DESCRIPTION,
      );
      return { id: item.id ?? null, position: index + 1, title, description };
    });

    await this.prisma.$transaction(async (tx) => {
      const removed = current.filter((row) => !seen.has(row.id));
      if (removed.length > 0) {
        await tx.readinessTemplateItem.deleteMany({
          where: { id: { in: removed.map((row) => row.id) } },
        });
      }
      for (const item of items) {
        const data = {
          position: item.position,
          title: item.title,
          description: item.description,
        };
        if (item.id) await tx.readinessTemplateItem.update({ where: { id: item.id }, data });
        else await tx.readinessTemplateItem.create({ data: { ...data, networkId: network.id } });
      }
      const before = [...current]
        .sort((a, b) => a.position - b.position)
        .map((row) => titleFi(row.title))
        .join(' | ');
      const after = items.map((item) => item.title.fi).join(' | ');
      await this.audit.record(tx, actor, {
        action: 'network.readiness_template_updated',
        entityType: 'Network',
        entityId: network.id,
        networkId: network.id,
        changes:
          before === after ? [] : [{ field: 'readinessTemplate', locale: 'fi', before, after }],
      });
    });
    return { networkId: network.id };
  }

  /** Records progress on one step of a planned delivery. */
  async updateItem(actor: Actor, input: UpdateReadinessItemInput): Promise<ServiceDeliveryParent> {
    const found = isUuid(input.id)
      ? await this.prisma.readinessItem.findUnique({
          where: { id: input.id },
          include: { delivery: { include: { service: true } } },
        })
      : null;
    const notFound = () =>
      new DomainError('NOT_FOUND', `No readiness step ${input.id}.`, {
        id: input.id,
        entity: 'ReadinessItem',
      });
    if (!found) throw notFound();
    const { delivery: deliveryWithService, ...item } = found;
    const { service, ...delivery } = deliveryWithService;
    if (!this.maySee(actor, service, delivery)) throw notFound();
    if (
      !this.authz.can(actor, 'readiness.update', {
        networkId: service.networkId,
        organizationId: delivery.organizationId,
      }) &&
      !this.authz.can(actor, 'readiness.update', {
        networkId: service.networkId,
        organizationId: service.responsibleOrganizationId,
      })
    ) {
      this.authz.assert(actor, 'readiness.update', { networkId: service.networkId });
    }
    if (delivery.status !== 'PLANNING') {
      throw new BadUserInputError('id', 'The delivery is no longer being planned.');
    }
    const data: Prisma.ReadinessItemUpdateInput = {};
    if (input.status) data.status = input.status;
    if (input.ownerName !== null && input.ownerName !== undefined) {
      data.ownerName = cleanLine(input.ownerName, 'ownerName', MAX_OWNER);
    }
    if (input.notes !== null && input.notes !== undefined) {
      data.notes = cleanBlock(input.notes, 'notes', MAX_NOTES);
    }
    const changes: FieldChangeRecord[] = [];
    const field = `readiness.${item.position}`;
    if (data.status !== undefined && data.status !== item.status) {
      changes.push({
        field: `${field}.status`,
        locale: null,
        before: item.status,
        after: input.status ?? null,
      });
    }
    if (data.ownerName !== undefined && data.ownerName !== item.ownerName) {
      changes.push({
        field: `${field}.ownerName`,
        locale: null,
        before: item.ownerName,
        after: data.ownerName as string | null,
      });
    }
    if (data.notes !== undefined && data.notes !== item.notes) {
      changes.push({
        field: `${field}.notes`,
        locale: null,
        before: item.notes,
        after: data.notes as string | null,
      });
    }
    if (changes.length === 0) return toServiceDeliveryParent(delivery);

    await this.prisma.$transaction(async (tx) => {
      await tx.readinessItem.update({
        where: { id: item.id },
        data: { ...data, updatedById: actorId(actor), updatedByLabel: actorLabel(actor) },
      });
      await this.audit.record(tx, actor, {
        action: 'delivery.readiness_updated',
        entityType: 'ServiceDelivery',
        entityId: delivery.id,
        serviceId: service.id,
        networkId: service.networkId,
        organizationId: delivery.organizationId,
        changes,
        note: titleFi(item.title),
      });
    });
    return toServiceDeliveryParent(delivery);
  }

  /**
   * Takes a planned delivery live (PLANNING → ACTIVE): the decision of the network's coordinators.
   * Unsettled steps block it unless the coordinator acknowledges them; then the audit note names them.
   */
  async activate(
    actor: Actor,
    input: ActivateServiceDeliveryInput,
  ): Promise<ServiceDeliveryParent> {
    const found = isUuid(input.id)
      ? await this.prisma.serviceDelivery.findUnique({
          where: { id: input.id },
          include: { service: true, readiness: { orderBy: { position: 'asc' } } },
        })
      : null;
    if (!found) throw deliveryNotFound(input.id);
    const { service, readiness, ...delivery } = found;
    if (!this.maySee(actor, service, delivery)) throw deliveryNotFound(input.id);
    this.authz.assert(actor, 'delivery.activate', { networkId: service.networkId });
    if (delivery.status !== 'PLANNING') {
      throw new BadUserInputError(
        'id',
        `Only a delivery in PLANNING can go live (it is ${delivery.status}).`,
      );
    }
    assertDeliveryTransition(actor, service, delivery.organizationId, {
      from: delivery.status,
      to: 'ACTIVE',
      via: 'activateServiceDelivery',
    });
    if (delivery.version !== input.expectedVersion) {
      throw deliveryVersionConflict(input.expectedVersion, delivery.version);
    }
    const open = readiness.filter((item) => !isSettled(item));
    if (open.length > 0 && input.acknowledgeIncomplete !== true) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `${open.length} readiness step(s) are not done; set acknowledgeIncomplete to go live anyway.`,
        { field: 'acknowledgeIncomplete', incompleteItemIds: open.map((item) => item.id) },
      );
    }
    const row = await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.serviceDelivery.updateMany({
        where: { id: delivery.id, version: input.expectedVersion, status: 'PLANNING' },
        data: { status: 'ACTIVE', version: { increment: 1 } },
      });
      if (count === 0) {
        const now = await tx.serviceDelivery.findUnique({ where: { id: delivery.id } });
        if (!now) throw deliveryNotFound(delivery.id);
        throw deliveryVersionConflict(input.expectedVersion, now.version);
      }
      await this.audit.record(tx, actor, {
        action: 'delivery.activated',
        entityType: 'ServiceDelivery',
        entityId: delivery.id,
        serviceId: service.id,
        networkId: service.networkId,
        organizationId: delivery.organizationId,
        changes: [{ field: 'status', locale: null, before: 'PLANNING', after: 'ACTIVE' }],
        note:
          open.length === 0
            ? `readiness ${readiness.length}/${readiness.length}`
            : `went live with open steps: ${open.map((item) => `${item.position}. ${titleFi(item.title)} (${item.status})`).join('; ')}`,
      });
      return tx.serviceDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    });
    return toServiceDeliveryParent(row);
  }

  /** The network's deliveries in PLANNING, oldest first (its coordinators). */
  async plannedDeliveries(
    actor: Actor,
    networkId: string,
    args: PaginationArgs,
  ): Promise<Connection<ServiceDeliveryParent>> {
    this.authz.assert(actor, 'network.manage', { networkId });
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const [afterAt, afterId] = page.after ?? [];
    const where: Prisma.ServiceDeliveryWhereInput = { status: 'PLANNING', service: { networkId } };
    const pageWhere: Prisma.ServiceDeliveryWhereInput =
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
      this.prisma.serviceDelivery.findMany({
        where: pageWhere,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.serviceDelivery.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.createdAt.toISOString(), row.id],
      toServiceDeliveryParent,
    );
  }

  private maySee(actor: Actor, service: Service, delivery: ServiceDelivery): boolean {
    return (
      isServiceVisible(actor, service, new Date()) &&
      (isDeliveryVisible(actor, service, delivery) ||
        mayManageDelivery(actor, service, delivery.organizationId))
    );
  }
}

function titleFi(value: Prisma.JsonValue): string {
  const text = value && typeof value === 'object' && !Array.isArray(value) ? value.fi : null;
  return typeof text === 'string' ? text : '';
}

/** Trims each language; drops empty ones; enforces the length limit per language. */
function cleanText(
  text: Record<string, string>,
  field: string,
  max: number,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [locale, value] of Object.entries(text)) {
    if (!['fi', 'sv', 'en', 'fiPlain'].includes(locale)) continue;
    const trimmed = value.trim();
    if (trimmed.length > max) {
      throw new BadUserInputError(`${field}.${locale}`, `At most ${max} characters.`);
    }
    if (trimmed) out[locale] = trimmed;
  }
  return out;
}

function cleanLine(value: string, field: string, max: number): string | null {
  const trimmed = value.trim();
  if (trimmed.length > max) throw new BadUserInputError(field, `At most ${max} characters.`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    throw new BadUserInputError(field, 'One line of text without control characters.');
  }
  return trimmed === '' ? null : trimmed;
}

function cleanBlock(value: string, field: string, max: number): string | null {
  const trimmed = value.trim();
  if (trimmed.length > max) throw new BadUserInputError(field, `At most ${max} characters.`);
  return trimmed === '' ? null : trimmed;
}
