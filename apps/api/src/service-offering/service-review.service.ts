import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaClient, type Service } from '@linja/db';
import {
  type FreshnessPolicy,
  outdatedTranslations,
  type TServiceContent,
  visibleUntil,
} from '@linja/domain';

import { freshnessPolicyOf } from '../network/network.mapper';
import { isUuid } from '../common/ids/is-uuid';
import { AuditService } from '../audit/audit.service';
import { type Actor, actorId } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError } from '../common/errors/domain-error';
import {
  type ApproveRevisionInput,
  type ReturnRevisionInput,
  type ServiceVersionInput,
} from './dto/service-mutation.inputs';
import {
  outdatedTranslationsUnresolved,
  revisionNotFound,
  stateConflict,
} from './service-offering.errors';
import { type ServiceParent, serviceScope, toServiceParent } from './service-offering.mapper';
import { ServiceEditingService } from './service-editing.service';
import { isServiceVisible } from './service-visibility';
import { diffServiceContent } from './utils/content-diff.util';

const MAX_REASON_LENGTH = 2000;

/** The published projection of a revision: the columns public filters use. */
function projectionOf(content: TServiceContent) {
  return {
    ageMin: content.ageMin,
    ageMax: content.ageMax,
    cost: content.cost,
    accessMode: content.accessMode,
    serviceLanguages: content.serviceLanguages,
    channels: content.channels,
  };
}

async function policyOf(tx: Prisma.TransactionClient, networkId: string): Promise<FreshnessPolicy> {
  return freshnessPolicyOf(await tx.network.findUniqueOrThrow({ where: { id: networkId } }));
}

/**
 * The coordinator's side of publishing (approve, return) and the life-cycle actions (archive, restore,
 * confirm still valid). Each is one transaction with its audit record.
 */
@Injectable()
export class ServiceReviewService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
    private readonly editing: ServiceEditingService,
  ) {}

  /**
   * Publishes the submitted revision. Translations older than the Finnish text (against the published
   * revision) are never published silently: without `hideOutdatedTranslations` the approval is refused
   * and rolls back; with it they are recorded as the revision's hidden translations.
   */
  async approve(actor: Actor, input: ApproveRevisionInput): Promise<ServiceParent> {
    const { service: loaded, revision } = await this.loadSubmittedRevision(actor, input.revisionId);
    const row = await this.prisma.$transaction(async (tx) => {
      const service = await this.editing.bumpVersion(tx, loaded.id, input.expectedVersion);
      await this.assertStillUnderReview(tx, service, revision.id);
      const content = revision.content as unknown as TServiceContent;
      const published = service.publishedRevisionId
        ? await tx.serviceRevision.findUniqueOrThrow({ where: { id: service.publishedRevisionId } })
        : null;
      const outdated = outdatedTranslations(
        content,
        (published?.content ?? null) as unknown as TServiceContent | null,
        published?.hiddenTranslations ?? [],
      );
      if (outdated.length > 0 && !input.hideOutdatedTranslations) {
        throw outdatedTranslationsUnresolved(outdated);
      }
      const previous = published
        ? await tx.serviceRevision.update({
            where: { id: published.id },
            data: { state: 'SUPERSEDED' },
          })
        : null;
      const now = new Date();
      await tx.serviceRevision.update({
        where: { id: revision.id },
        data: {
          state: 'APPROVED',
          reviewedAt: now,
          reviewedById: actorId(actor),
          returnReason: null,
          hiddenTranslations: outdated,
        },
      });
      await tx.serviceTerm.deleteMany({ where: { serviceId: service.id } });
      const termIds = [...content.themeIds, ...content.targetGroupIds];
      if (termIds.length > 0) {
        await tx.serviceTerm.createMany({
          data: termIds.map((termId) => ({ serviceId: service.id, termId })),
        });
      }
      const updated = await tx.service.update({
        where: { id: service.id },
        data: {
          status: 'PUBLISHED',
          publishedRevisionId: revision.id,
          workingRevisionId: null,
          sortName: content.name.fi ?? service.sortName,
          verifiedAt: now,
          visibleUntil: visibleUntil(now, await policyOf(tx, service.networkId)),
          ...projectionOf(content),
        },
      });
      await this.audit.record(tx, actor, {
        action: 'service.approved',
        entityType: 'ServiceRevision',
        entityId: revision.id,
        serviceId: service.id,
        ...serviceScope(service),
        ...(outdated.length > 0 && {
          note: `Out-of-date translations hidden: ${outdated.join(', ')}`,
        }),
        changes: diffServiceContent(
          (previous?.content ?? null) as unknown as TServiceContent | null,
          content,
        ),
      });
      return updated;
    });
    return toServiceParent(row);
  }

  async return(actor: Actor, input: ReturnRevisionInput): Promise<ServiceParent> {
    const reason = input.reason.trim();
    if (reason.length === 0)
      throw new BadUserInputError('reason', 'Say why the revision is returned.');
    if (reason.length > MAX_REASON_LENGTH) {
      throw new BadUserInputError('reason', `At most ${MAX_REASON_LENGTH} characters.`);
    }
    const { service: loaded, revision } = await this.loadSubmittedRevision(actor, input.revisionId);
    const row = await this.prisma.$transaction(async (tx) => {
      const service = await this.editing.bumpVersion(tx, loaded.id, input.expectedVersion);
      await this.assertStillUnderReview(tx, service, revision.id);
      await tx.serviceRevision.update({
        where: { id: revision.id },
        data: {
          state: 'RETURNED',
          returnReason: reason,
          reviewedAt: new Date(),
          reviewedById: actorId(actor),
        },
      });
      await this.audit.record(tx, actor, {
        action: 'service.returned',
        entityType: 'ServiceRevision',
        entityId: revision.id,
        serviceId: service.id,
        ...serviceScope(service),
        note: reason,
      });
      return tx.service.findUniqueOrThrow({ where: { id: service.id } });
    });
    return toServiceParent(row);
  }

  async archive(actor: Actor, input: ServiceVersionInput): Promise<ServiceParent> {
    const loaded = await this.editing.loadForChange(actor, input.id, 'service.archive');
    return this.changeStatus(
      actor,
      loaded,
      input.expectedVersion,
      'service.archived',
      (service) => {
        if (service.status === 'ARCHIVED')
          throw stateConflict('The service is already archived.', 'ARCHIVED');
        return { status: 'ARCHIVED', statusBeforeArchive: service.status, archivedAt: new Date() };
      },
    );
  }

  async restore(actor: Actor, input: ServiceVersionInput): Promise<ServiceParent> {
    const loaded = await this.editing.loadForChange(actor, input.id, 'service.archive');
    return this.changeStatus(
      actor,
      loaded,
      input.expectedVersion,
      'service.restored',
      (service) => {
        if (service.status !== 'ARCHIVED')
          throw stateConflict('Only an archived service can be restored.', service.status);
        return {
          status: service.publishedRevisionId ? 'PUBLISHED' : 'DRAFT',
          statusBeforeArchive: null,
          archivedAt: null,
        };
      },
    );
  }

  /** "Still valid": restarts the freshness clock of a published service. Content and version are untouched. */
  async confirmStillValid(actor: Actor, id: string): Promise<ServiceParent> {
    const loaded = await this.editing.loadForChange(actor, id, 'service.confirmValid');
    if (loaded.status !== 'PUBLISHED') {
      throw stateConflict(
        'Only a published service can be confirmed as still valid.',
        loaded.status,
      );
    }
    const row = await this.prisma.$transaction(async (tx) => {
      const now = new Date();
      const updated = await tx.service.update({
        where: { id: loaded.id },
        data: {
          verifiedAt: now,
          visibleUntil: visibleUntil(now, await policyOf(tx, loaded.networkId)),
        },
      });
      await this.audit.record(tx, actor, {
        action: 'service.confirmed_valid',
        entityType: 'Service',
        entityId: loaded.id,
        serviceId: loaded.id,
        ...serviceScope(loaded),
        changes: [
          {
            field: 'verifiedAt',
            locale: null,
            before: loaded.verifiedAt?.toISOString() ?? null,
            after: now.toISOString(),
          },
        ],
      });
      return updated;
    });
    return toServiceParent(row);
  }

  private async changeStatus(
    actor: Actor,
    loaded: Service,
    expectedVersion: number,
    action: string,
    change: (service: Service) => Prisma.ServiceUpdateInput,
  ): Promise<ServiceParent> {
    const row = await this.prisma.$transaction(async (tx) => {
      const service = await this.editing.bumpVersion(tx, loaded.id, expectedVersion);
      const data = change(service);
      const updated = await tx.service.update({ where: { id: service.id }, data });
      await this.audit.record(tx, actor, {
        action,
        entityType: 'Service',
        entityId: service.id,
        serviceId: service.id,
        ...serviceScope(service),
        changes: [{ field: 'status', locale: null, before: service.status, after: updated.status }],
      });
      return updated;
    });
    return toServiceParent(row);
  }

  /** The revision and its service, if the actor may see them and review in the service's network. */
  private async loadSubmittedRevision(actor: Actor, revisionId: string) {
    const revision = isUuid(revisionId)
      ? await this.prisma.serviceRevision.findUnique({
          where: { id: revisionId },
          include: { service: true },
        })
      : null;
    if (!revision || !isServiceVisible(actor, revision.service, new Date()))
      throw revisionNotFound(revisionId);
    this.authz.assert(actor, 'service.review', { networkId: revision.service.networkId });
    return { service: revision.service, revision };
  }

  /** Inside the transaction (the service row is locked): the revision is still the one submitted. */
  private async assertStillUnderReview(
    tx: Prisma.TransactionClient,
    service: Service,
    revisionId: string,
  ): Promise<void> {
    if (service.status === 'ARCHIVED') throw stateConflict('The service is archived.', 'ARCHIVED');
    const revision = await tx.serviceRevision.findUniqueOrThrow({ where: { id: revisionId } });
    if (service.workingRevisionId !== revisionId || revision.state !== 'SUBMITTED') {
      throw stateConflict('This revision is not waiting for review.', revision.state);
    }
  }
}
