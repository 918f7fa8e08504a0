import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AuthorizationService } from '../authz/authorization.service';
import { toLocalizedText } from '../common/localization/localized-text.util';
import { type GraphQLContext } from '../graphql/graphql-context';
import { TaxonomyTermModel } from '../network/models/taxonomy-term.model';
import { toTaxonomyTermModel } from '../network/taxonomy-term.mapper';
import { ProfessionalInfo, ServiceContent } from './models/service-content.model';
import { type ServiceContentParent } from './utils/content.util';

@Resolver(() => ServiceContent)
export class ServiceContentResolver {
  constructor(private readonly authz: AuthorizationService) {}

  @ResolveField(() => ProfessionalInfo, {
    nullable: true,
    description: 'For professionals and the service’s own staff; null for everyone else.',
  })
  professionalInfo(
    @Parent() content: ServiceContentParent,
    @CurrentActor() actor: Actor,
  ): ProfessionalInfo | null {
    if (!this.authz.can(actor, 'service.readProfessional', content.scope)) return null;
    const info = content.rawProfessionalInfo;
    return {
      howToRefer: toLocalizedText(info.howToRefer),
      eligibility: toLocalizedText(info.eligibility),
      whatHappensNext: toLocalizedText(info.whatHappensNext),
    };
  }

  @ResolveField(() => [TaxonomyTermModel])
  themes(
    @Parent() content: ServiceContentParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<TaxonomyTermModel[]> {
    return this.terms(content.themeIds, loaders);
  }

  @ResolveField(() => [TaxonomyTermModel])
  targetGroups(
    @Parent() content: ServiceContentParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<TaxonomyTermModel[]> {
    return this.terms(content.targetGroupIds, loaders);
  }

  private async terms(
    ids: string[],
    loaders: GraphQLContext['loaders'],
  ): Promise<TaxonomyTermModel[]> {
    const rows = await loaders.termById.loadMany(ids);
    return rows.flatMap((row) =>
      row && !(row instanceof Error) ? [toTaxonomyTermModel(row)] : [],
    );
  }
}
