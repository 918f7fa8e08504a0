import { Module } from '@nestjs/common';

import { HsdsModule } from '../hsds/hsds.module';
import { PtvController } from './ptv.controller';
import { PtvExportService } from './ptv-export.service';

/** Suomi.fi PTV export of a service (ARCHITECTURE.md "PTV export"); the import is service-import's. */
@Module({
  imports: [HsdsModule],
  controllers: [PtvController],
  providers: [PtvExportService],
})
export class PtvModule {}
