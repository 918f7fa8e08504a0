import { Args, Query, Resolver } from '@nestjs/graphql';

import { Public } from '../auth/access.decorators';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { SearchServicesInput } from './dto/search-services.input';
import { ServiceSearchConnection } from './models/service-search.model';
import { ServiceSearchService } from './service-search.service';

/** The public "find help" search. Anyone may search; only published, visible services are found. */
@Resolver()
export class ServiceSearchResolver {
  constructor(private readonly search: ServiceSearchService) {}

  @Public()
  @Query(() => ServiceSearchConnection, {
    description:
      'Published services ranked by relevance to the text (Finnish, Swedish, English), with facet counts.',
  })
  searchServices(
    @Args('input', { type: () => SearchServicesInput, nullable: true })
    input: SearchServicesInput | null,
    @Args() args: PaginationArgs,
  ): Promise<ServiceSearchConnection> {
    return this.search.search(input, args);
  }
}
