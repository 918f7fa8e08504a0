import { Module } from '@nestjs/common';
import { type Database, PrismaClient } from '@linja/db';

import { AppConfig } from '../config/app-config';
import { DATABASE } from '../database/database.tokens';

import { ServiceSearchResolver } from './service-search.resolver';
import { searchSessionSettings } from './query/search-settings';
import { ServiceSearchService } from './service-search.service';
import { SearchSynonymResolver } from './synonyms/search-synonym.resolver';
import { SearchSynonymService } from './synonyms/search-synonym.service';
import { TermFacetResolver } from './term-facet.resolver';
import { typedWordsStatementTexts } from './words/word-analysis.query';

@Module({
  providers: [
    ServiceSearchResolver,
    {
      provide: ServiceSearchService,
      inject: [PrismaClient, AppConfig, DATABASE],
      useFactory: (prisma: PrismaClient, config: AppConfig, database: Database) => {
        const statementTimeoutMs = config.env.SEARCH_STATEMENT_TIMEOUT_MS;
        // On a server, searches have connections of their own whose sessions start with the
        // search's settings (no transaction to set them), as many as may search at once, and their
        // raw statements skip Prisma's query engine. Each session prepares the words statement
        // once: parsing it took ~1 ms of every search.
        const sessions =
          database.sessionPool?.(
            searchSessionSettings(statementTimeoutMs),
            config.env.SEARCH_CONCURRENCY,
            typedWordsStatementTexts(),
          ) ?? null;
        return new ServiceSearchService(
          prisma,
          {
            matchWindow: config.env.SEARCH_MATCH_WINDOW,
            statementTimeoutMs,
            concurrency: config.env.SEARCH_CONCURRENCY,
            queue: config.env.SEARCH_QUEUE,
            // Kept rankings follow the public search cache's settings (0 turns both off).
            keepSeconds: config.env.SEARCH_CACHE_TTL_SECONDS,
            keepEntries: config.env.SEARCH_CACHE_MAX_ENTRIES,
          },
          sessions,
        );
      },
    },
    TermFacetResolver,
    SearchSynonymResolver,
    SearchSynonymService,
  ],
})
export class ServiceSearchModule {}
