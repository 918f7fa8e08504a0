import { Module } from '@nestjs/common';

import { ServiceSearchResolver } from './service-search.resolver';
import { ServiceSearchService } from './service-search.service';
import { TermFacetResolver } from './term-facet.resolver';

@Module({ providers: [ServiceSearchResolver, ServiceSearchService, TermFacetResolver] })
export class ServiceSearchModule {}
