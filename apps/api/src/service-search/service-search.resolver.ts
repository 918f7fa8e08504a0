import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { PrismaClient } from '@linja/db';

import { Public } from '../auth/access.decorators';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { type GraphQLContext } from '../graphql/graphql-context';
import { readSearchGeneration, rememberedGeneration } from './cache/search-generation';
import { SearchServicesInput } from './dto/search-services.input';
import { ServiceSearchConnection } from './models/service-search.model';
import { ServiceSearchService } from './service-search.service';

/** The public "find help" search. Anyone may search; only published, visible services are found. */
@Resolver()
export class ServiceSearchResolver {
  constructor(
    private readonly search: ServiceSearchService,
    private readonly prisma: PrismaClient,
  ) {}

  @Public()
  @Query(() => ServiceSearchConnection, {
    description:
      'Published services ranked by relevance to the text (Finnish, Swedish, English), with facet counts.',
  })
  searchServices(
    @Args('input', { type: () => SearchServicesInput, nullable: true })
    input: SearchServicesInput | null,
    @Args() args: PaginationArgs,
    @Context() { searchGenerations }: GraphQLContext,
  ): Promise<ServiceSearchConnection> {
    return this.search.search(input, args, (slugs) =>
      rememberedGeneration(searchGenerations, (s) => readSearchGeneration(this.prisma, s), slugs),
    );
  }
}
