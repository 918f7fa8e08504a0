import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient, type Service } from '@linja/db';
import { missingForPublication, serviceCompleteness, type TServiceContent } from '@linja/domain';

import { isUuid } from '../common/ids/is-uuid';
import { AuditService } from '../audit/audit.service';
import { type Actor, actorId } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import {
  type CreateServiceInput,
  type ServiceVersionInput,
  type UpdateServiceInput,
} from './dto/service-mutation.inputs';
import { serviceNotFound, stateConflict, versionConflict } from './service-offering.errors';
import { type ServiceParent, serviceScope, toServiceParent } from './service-offering.mapper';
import { isServiceVisible } from './service-visibility';
import { diffServiceContent } from './utils/content-diff.util';
import { toValidContent } from './utils/content-input.util';

/** BAD_USER_INPUT naming every missing field (`content.<path>`, or `deliveries`). */
function incomplete(fields: string[]): DomainError {
  const named = fields.map((field) => (field === 'deliveries' ? field : `content.${field}`));
  return new DomainError(
    'BAD_USER_INPUT',
    `The service is not complete enough to publish; missing: ${named.join(', ')}.`,
    { field: named[0], missing: named },
  );
}

const asJson = (content: TServiceContent) => content as unknown as Prisma.InputJsonValue;

/**
 * Writing a service's content: create a draft, edit it (a published service gets a new revision while
 * the approved one stays public), submit it for review. Every change is one transaction with its audit
 * record; updates are optimistic (expectedVersion) and change nothing on CONFLICT.
 */
@Injectable()
export class ServiceEditingService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateServiceInput): Promise<ServiceParent> {
    const scope = { networkId: input.networkId, organizationId: input.responsibleOrganizationId };
    this.authz.assert(actor, 'service.create', scope);
    const content = toValidContent(input.content);
    const membership = await this.prisma.networkMembership.findUnique({
      where: {
        networkId_organizationId: {
          networkId: input.networkId,
          organizationId: input.responsibleOrganizationId,
        },
      },
      select: { status: true },
    });
    if (membership?.status !== 'ACTIVE') {
      throw new BadUserInputError(
        'responsibleOrganizationId',
        'The organisation is not an active member of this network.',
      );
    }
    await this.assertTermsBelongToNetwork(input.networkId, content);

    const row = await this.prisma.$transaction((tx) =>
      this.insertDraft(tx, actor, { ...scope, externalId: null }, content),
    );
    return toServiceParent(row);
  }

  async update(actor: Actor, input: UpdateServiceInput): Promise<ServiceParent> {
    const loaded = await this.loadForChange(actor, input.id, 'service.update');
    const content = toValidContent(input.content);
    await this.assertTermsBelongToNetwork(
      loaded.networkId,
      content,
      await this.termIdsCarried(loaded.id, loaded.workingRevisionId),
    );

    const row = await this.prisma.$transaction(async (tx) => {
      const current = await this.bumpVersion(tx, loaded.id, input.expectedVersion);
      return this.writeDraft(tx, actor, current, content);
    });
    return toServiceParent(row);
  }

  /**
   * The write of `create`: a new DRAFT service with revision 1 and its audit record, in the caller's
   * transaction. Also the CSV import's (service-import/), after its own authorization and checks, so an
   * imported service is exactly a hand-made draft. Validated content and terms are the caller's job.
   */
  async insertDraft(
    tx: Prisma.TransactionClient,
    actor: Actor,
    target: { networkId: string; organizationId: string; externalId: string | null },
    content: TServiceContent,
  ): Promise<Service> {
    const scope = { networkId: target.networkId, organizationId: target.organizationId };
    const service = await tx.service.create({
      data: {
        networkId: target.networkId,
        responsibleOrganizationId: target.organizationId,
        sortName: content.name.fi ?? '',
        externalId: target.externalId,
      },
    });
    const revision = await tx.serviceRevision.create({
      data: {
        serviceId: service.id,
        number: 1,
        content: asJson(content),
        createdById: actorId(actor),
      },
    });
    const created = await tx.service.update({
      where: { id: service.id },
      data: { workingRevisionId: revision.id },
    });
    await this.audit.record(tx, actor, {
      action: 'service.created',
      entityType: 'Service',
      entityId: service.id,
      serviceId: service.id,
      ...scope,
      changes: diffServiceContent(null, content),
    });
    return created;
  }

  /**
   * The write of `update` after the version bump (`current` is the locked row): saves `content` as the
   * working draft (a new revision on a published service) with its audit record, in the caller's
   * transaction; CONFLICT when the service is archived or waiting for review. Also the CSV import's.
   */
  async writeDraft(
    tx: Prisma.TransactionClient,
    actor: Actor,
    current: Service,
    content: TServiceContent,
  ): Promise<Service> {
    const working = current.workingRevisionId
      ? await tx.serviceRevision.findUniqueOrThrow({ where: { id: current.workingRevisionId } })
      : null;
    if (current.status === 'ARCHIVED') {
      throw stateConflict('An archived service cannot be edited; restore it first.', 'ARCHIVED');
    }
    if (working?.state === 'SUBMITTED') {
      throw stateConflict(
        'The service is waiting for review and cannot be edited now.',
        'SUBMITTED',
      );
    }
    let previous: TServiceContent | null;
    let revisionId: string;
    if (working) {
      previous = working.content as unknown as TServiceContent;
      await tx.serviceRevision.update({
        where: { id: working.id },
        data: { content: asJson(content), state: 'DRAFT' },
      });
      revisionId = working.id;
    } else {
      // Editing the published service: a new revision; the approved one stays public meanwhile.
      const published = current.publishedRevisionId
        ? await tx.serviceRevision.findUniqueOrThrow({
            where: { id: current.publishedRevisionId },
          })
        : null;
      previous = (published?.content ?? null) as unknown as TServiceContent | null;
      const last = await tx.serviceRevision.aggregate({
        where: { serviceId: current.id },
        _max: { number: true },
      });
      const revision = await tx.serviceRevision.create({
        data: {
          serviceId: current.id,
          number: (last._max.number ?? 0) + 1,
          content: asJson(content),
          createdById: actorId(actor),
        },
      });
      revisionId = revision.id;
    }
    const updated = await tx.service.update({
      where: { id: current.id },
      data: { workingRevisionId: revisionId, sortName: content.name.fi ?? current.sortName },
    });
    await this.audit.record(tx, actor, {
      action: 'service.updated',
      entityType: 'Service',
      entityId: current.id,
      serviceId: current.id,
      ...serviceScope(current),
      changes: diffServiceContent(previous, content),
    });
    return updated;
  }

  async submit(actor: Actor, input: ServiceVersionInput): Promise<ServiceParent> {
    const loaded = await this.loadForChange(actor, input.id, 'service.submit');
    const row = await this.prisma.$transaction(async (tx) => {
      const current = await this.bumpVersion(tx, loaded.id, input.expectedVersion);
      const working = current.workingRevisionId
        ? await tx.serviceRevision.findUniqueOrThrow({ where: { id: current.workingRevisionId } })
        : null;
      if (!working || (working.state !== 'DRAFT' && working.state !== 'RETURNED')) {
        throw stateConflict('There is no draft to submit.', working?.state ?? current.status);
      }
      if (current.status === 'ARCHIVED')
        throw stateConflict('Restore the service before submitting it.', 'ARCHIVED');
      // Publishable, not just valid: the checklist of @linja/domain (the transaction rolls back).
      const deliveries = await tx.serviceDelivery.findMany({
        where: { serviceId: current.id },
        select: { status: true },
      });
      const missing = missingForPublication(
        serviceCompleteness(working.content as unknown as TServiceContent, deliveries),
      );
      if (missing.length > 0) throw incomplete(missing.map((item) => item.field));
      await tx.serviceRevision.update({
        where: { id: working.id },
        data: { state: 'SUBMITTED', submittedAt: new Date(), submittedById: actorId(actor) },
      });
      await this.audit.record(tx, actor, {
        action: 'service.submitted',
        entityType: 'ServiceRevision',
        entityId: working.id,
        serviceId: current.id,
        ...serviceScope(current),
      });
      return tx.service.findUniqueOrThrow({ where: { id: current.id } });
    });
    return toServiceParent(row);
  }

  /** Loads a service the actor may see and checks `permission` on it; NOT_FOUND hides others' services. */
  async loadForChange(
    actor: Actor,
    id: string,
    permission: 'service.update' | 'service.submit' | 'service.archive' | 'service.confirmValid',
  ) {
    const row = isUuid(id) ? await this.prisma.service.findUnique({ where: { id } }) : null;
    if (!row || !isServiceVisible(actor, row, new Date())) throw serviceNotFound(id);
    this.authz.assert(actor, permission, serviceScope(row));
    return row;
  }

  /**
   * Increments the version if it still is `expectedVersion` and returns the row as it is now (the row
   * lock is held until the transaction ends); otherwise CONFLICT, and the transaction rolls back.
   */
  async bumpVersion(
    tx: Prisma.TransactionClient,
    id: string,
    expectedVersion: number,
  ): Promise<Service> {
    const { count } = await tx.service.updateMany({
      where: { id, version: expectedVersion },
      data: { version: { increment: 1 } },
    });
    const row = await tx.service.findUniqueOrThrow({ where: { id } });
    if (count === 0) throw versionConflict(expectedVersion, row.version);
    return row;
  }

  /** Terms the service already has (published or in its working copy): kept even once archived. */
  private async termIdsCarried(
    serviceId: string,
    workingRevisionId: string | null,
  ): Promise<ReadonlySet<string>> {
    const [published, working] = await Promise.all([
      this.prisma.serviceTerm.findMany({ where: { serviceId }, select: { termId: true } }),
      workingRevisionId
        ? this.prisma.serviceRevision.findUnique({
            where: { id: workingRevisionId },
            select: { content: true },
          })
        : null,
    ]);
    const workingContent = working?.content as Partial<TServiceContent> | undefined;
    return new Set([
      ...published.map((row) => row.termId),
      ...(workingContent?.themeIds ?? []),
      ...(workingContent?.targetGroupIds ?? []),
    ]);
  }

  /**
   * Themes and target groups must be the network's own, of the right kind, and not archived —
   * except an archived term the service already carries, so its other fields stay editable.
   */
  private async assertTermsBelongToNetwork(
    networkId: string,
    content: TServiceContent,
    carried: ReadonlySet<string> = new Set(),
  ): Promise<void> {
    const ids = [...content.themeIds, ...content.targetGroupIds];
    if (ids.length === 0) return;
    const terms = await this.prisma.taxonomyTerm.findMany({
      where: { id: { in: ids }, networkId },
      select: { id: true, kind: true, archivedAt: true },
    });
    for (const term of terms) {
      if (term.archivedAt && !carried.has(term.id)) {
        throw new BadUserInputError(
          term.kind === 'THEME' ? 'content.themeIds' : 'content.targetGroupIds',
          'This term is archived; choose one of the network’s current terms.',
        );
      }
    }
    const kinds = new Map(terms.map((term) => [term.id, term.kind]));
    if (!content.themeIds.every((id) => kinds.get(id) === 'THEME')) {
      throw new BadUserInputError('content.themeIds', "Not a theme of this service's network.");
    }
    if (!content.targetGroupIds.every((id) => kinds.get(id) === 'TARGET_GROUP')) {
      throw new BadUserInputError(
        'content.targetGroupIds',
        "Not a target group of this service's network.",
      );
    }
  }
}
