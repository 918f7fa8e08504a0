import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { ReportDataService } from './export/report-data.service';
import { ReportExportController } from './export/report-export.controller';
import { FundingSourcesResolver } from './funding/funding-sources.resolver';
import { FundingSourcesService } from './funding/funding-sources.service';
import { IndicatorsService } from './indicators.service';
import { ReportingJobs } from './reporting.jobs';
import { ReportingResolver } from './reporting.resolver';
import { ResultsService } from './results.service';
import { FiguresService } from './rounds/figures.service';
import { RoundRemindersService } from './rounds/round-reminders.service';
import { RoundsResolver } from './rounds/rounds.resolver';
import { RoundsService } from './rounds/rounds.service';
import { ResultFundersResolver, ResultFundersService } from './filter/result-funders';
import { TrendResolver } from './trend/trend.resolver';
import { TrendService } from './trend/trend.service';

/**
 * Showing results (issue 16): goals, indicators and targets, funding sources, computed figures and
 * reporting rounds with the organisations' reported counts. ARCHITECTURE.md "Showing results".
 */
@Module({
  imports: [AuditModule, MailModule],
  controllers: [ReportExportController],
  providers: [
    ReportDataService,
    IndicatorsService,
    FundingSourcesService,
    FundingSourcesResolver,
    ResultsService,
    RoundsService,
    FiguresService,
    RoundRemindersService,
    ReportingJobs,
    ReportingResolver,
    RoundsResolver,
    TrendService,
    TrendResolver,
    ResultFundersService,
    ResultFundersResolver,
  ],
  exports: [ResultsService],
})
export class ReportingModule {}
