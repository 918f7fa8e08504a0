import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import { PrismaClient } from '@linja/db';
import { type GraphQLResolveInfo } from 'graphql';

import { Public } from '../auth/access.decorators';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { type GraphQLContext } from '../graphql/graphql-context';
import { answerShows, primeAnswerLoaders } from './cache/answer-loaders';
import {
  readSearchGeneration,
  rememberedGeneration,
  searchedNetworkSlugs,
} from './cache/search-generation';
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
  async searchServices(
    @Args('input', { type: () => SearchServicesInput, nullable: true })
    input: SearchServicesInput | null,
    @Args() args: PaginationArgs,
    @Context() { searchGenerations, loaders }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ServiceSearchConnection> {
    // The generation of the searched networks, read once per request (the response cache and the
    // kept rankings and rows all use it).
    const generation = (slugs: readonly string[] | null) =>
      rememberedGeneration(searchGenerations, (s) => readSearchGeneration(this.prisma, s), slugs);
    const connection = await this.search.search(input, args, generation, answerShows(info));
    if (this.search.answerRows.enabled) {
      const at = await generation(searchedNetworkSlugs(input));
      await primeAnswerLoaders(this.search.answerRows, loaders, at, connection, info);
    }
    return connection;
  }
}
