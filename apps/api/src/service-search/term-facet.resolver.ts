import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type GraphQLContext } from '../graphql/graphql-context';
import { TaxonomyTermModel } from '../network/models/taxonomy-term.model';
import { toTaxonomyTermModel } from '../network/taxonomy-term.mapper';
import { TermFacetCount } from './models/service-search.model';

/** The term behind a facet count, with its labels, through the per-request term loader (no N+1). */
@Resolver(() => TermFacetCount)
export class TermFacetResolver {
  @ResolveField(() => TaxonomyTermModel, { nullable: true })
  async term(
    @Parent() facet: TermFacetCount,
    @Context() { loaders }: GraphQLContext,
  ): Promise<TaxonomyTermModel | null> {
    const row = await loaders.termById.load(facet.termId);
    return row ? toTaxonomyTermModel(row) : null;
  }
}
