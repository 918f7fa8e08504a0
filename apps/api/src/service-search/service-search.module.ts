import { Module } from '@nestjs/common';

import { ServiceSearchResolver } from './service-search.resolver';
import { ServiceSearchService } from './service-search.service';
import { SearchSynonymResolver } from './synonyms/search-synonym.resolver';
import { SearchSynonymService } from './synonyms/search-synonym.service';
import { TermFacetResolver } from './term-facet.resolver';

@Module({
  providers: [
    ServiceSearchResolver,
    ServiceSearchService,
    TermFacetResolver,
    SearchSynonymResolver,
    SearchSynonymService,
  ],
})
export class ServiceSearchModule {}
