import { Module } from '@nestjs/common';

import { HsdsCatalogueService } from './hsds-catalogue.service';
import { HsdsController } from './hsds.controller';
import { HsdsExportAccess } from './hsds-export-access';
import { HsdsReadService } from './hsds-read.service';

/** The HSDS 3.1 interchange API (ARCHITECTURE.md "HSDS interchange"). */
@Module({
  controllers: [HsdsController],
  providers: [HsdsCatalogueService, HsdsExportAccess, HsdsReadService],
  // The PTV export (apps/api/src/ptv) reads public services the same way.
  exports: [HsdsCatalogueService],
})
export class HsdsModule {}
