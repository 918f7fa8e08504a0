import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { outdatedTranslations, splitTranslationKey, type TServiceContent } from '@linja/domain';

import { FieldChange } from '../audit/models/audit-event.model';
import { type GraphQLContext } from '../graphql/graphql-context';
import { ServiceContent } from './models/service-content.model';
import { ServiceRevisionModel } from './models/service-revision.model';
import { TranslationRefModel } from './models/translation-ref.model';
import { serviceScope } from './service-offering.mapper';
import { diffServiceContent, termIdsOf } from './utils/content-diff.util';
import { type ServiceContentParent, toServiceContent } from './utils/content.util';
import { type ServiceRevisionParent } from './utils/revision.util';

/** A revision's content and its field-by-field changes. Revisions only reach callers who may read drafts. */
@Resolver(() => ServiceRevisionModel)
export class ServiceRevisionResolver {
  @ResolveField(() => ServiceContent)
  content(@Parent() revision: ServiceRevisionParent): ServiceContentParent {
    return toServiceContent(revision.rawContent, serviceScope(revision.service));
  }

  @ResolveField(() => [FieldChange], {
    description:
      'What this revision changes, field by field and language by language, against the version it replaces: ' +
      'the published one for a revision being edited or reviewed, the previous approved one for an approved revision.',
  })
  async changes(
    @Parent() revision: ServiceRevisionParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<FieldChange[]> {
    const baseline = await this.baselineOf(revision, loaders);
    const after = revision.rawContent as TServiceContent;
    const terms = await loaders.termById.loadMany(termIdsOf(baseline, after));
    const labels = new Map(
      terms.flatMap((term) =>
        term && !(term instanceof Error)
          ? [[term.id, (term.label as { fi?: string }).fi ?? term.slug] as const]
          : [],
      ),
    );
    return diffServiceContent(baseline, after, (id) => labels.get(id) ?? id);
  }

  @ResolveField(() => [TranslationRefModel], {
    description:
      'Swedish and English texts older than the Finnish text: unchanged since the published revision while ' +
      'the Finnish text of the field changed, or hidden at that approval and still unchanged. For an approved ' +
      'revision: the translations hidden when it was approved. Approving needs hideOutdatedTranslations while any remain.',
  })
  async outdatedTranslations(
    @Parent() revision: ServiceRevisionParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<TranslationRefModel[]> {
    if (revision.state === 'APPROVED' || revision.state === 'SUPERSEDED') {
      return revision.hiddenTranslationKeys.map(splitTranslationKey);
    }
    const publishedId = revision.service.publishedRevisionId;
    const published =
      publishedId && publishedId !== revision.id
        ? await loaders.revisionById.load(publishedId)
        : null;
    return outdatedTranslations(
      revision.rawContent as TServiceContent,
      (published?.content ?? null) as TServiceContent | null,
      published?.hiddenTranslations ?? [],
    ).map(splitTranslationKey);
  }

  @ResolveField(() => [TranslationRefModel], {
    description: 'Translations the public does not see in this revision (hidden at its approval).',
  })
  hiddenTranslations(@Parent() revision: ServiceRevisionParent): TranslationRefModel[] {
    return revision.hiddenTranslationKeys.map(splitTranslationKey);
  }

  private async baselineOf(
    revision: ServiceRevisionParent,
    loaders: GraphQLContext['loaders'],
  ): Promise<TServiceContent | null> {
    if (revision.state === 'APPROVED' || revision.state === 'SUPERSEDED') {
      const all = await loaders.revisionsByServiceId.load(revision.serviceId);
      const previous = all.find(
        (other) =>
          other.number < revision.number &&
          (other.state === 'APPROVED' || other.state === 'SUPERSEDED'),
      );
      return (previous?.content ?? null) as TServiceContent | null;
    }
    const publishedId = revision.service.publishedRevisionId;
    if (!publishedId || publishedId === revision.id) return null;
    const published = await loaders.revisionById.load(publishedId);
    return (published?.content ?? null) as TServiceContent | null;
  }
}
