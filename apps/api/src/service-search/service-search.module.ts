import { Module } from '@nestjs/common';

import { ServiceSearchResolver } from './service-search.resolver';
import { ServiceSearchService } from './service-search.service';

@Module({ providers: [ServiceSearchResolver, ServiceSearchService] })
export class ServiceSearchModule {}
