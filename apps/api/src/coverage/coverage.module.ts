import { Module } from '@nestjs/common';

import { CoverageCache } from './coverage-cache';
import { CoverageExportController } from './coverage-export.controller';
import { NetworkCoverageResolver } from './coverage.resolver';
import { CoverageService } from './coverage.service';

/**
 * Where the network's help is missing (issue 18): the coverage matrix as `Network.coverage` and its
 * CSV/XLSX download at GET /files/coverage, for the network's coordinators.
 */
@Module({
  controllers: [CoverageExportController],
  providers: [CoverageCache, CoverageService, NetworkCoverageResolver],
})
export class CoverageModule {}
