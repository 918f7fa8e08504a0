import { Module } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { AppConfig } from '../config/app-config';

import { ServiceSearchResolver } from './service-search.resolver';
import { ServiceSearchService } from './service-search.service';
import { SearchSynonymResolver } from './synonyms/search-synonym.resolver';
import { SearchSynonymService } from './synonyms/search-synonym.service';
import { TermFacetResolver } from './term-facet.resolver';

@Module({
  providers: [
    ServiceSearchResolver,
    {
      provide: ServiceSearchService,
      inject: [PrismaClient, AppConfig],
      useFactory: (prisma: PrismaClient, config: AppConfig) =>
        new ServiceSearchService(prisma, {
          matchWindow: config.env.SEARCH_MATCH_WINDOW,
          statementTimeoutMs: config.env.SEARCH_STATEMENT_TIMEOUT_MS,
          concurrency: config.env.SEARCH_CONCURRENCY,
          queue: config.env.SEARCH_QUEUE,
          // Kept rankings follow the public search cache's settings (0 turns both off).
          keepSeconds: config.env.SEARCH_CACHE_TTL_SECONDS,
          keepEntries: config.env.SEARCH_CACHE_MAX_ENTRIES,
        }),
    },
    TermFacetResolver,
    SearchSynonymResolver,
    SearchSynonymService,
  ],
})
export class ServiceSearchModule {}
