import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { InfoSeriesMailService } from './info-series-mail.service';
import { InfoSeriesJobs } from './info-series.jobs';
import {
  InfoPresentationResolver,
  InfoSeriesResolver,
  InfoSessionResolver,
  OrganizationInfoSessionsResolver,
} from './info-series.resolver';
import { InfoSeriesService } from './info-series.service';
import { PresentationService } from './presentation.service';
import { SlidesController } from './slides.controller';
import { SlidesService } from './slides.service';

/**
 * Info session series (Järjestöinfot, issue 15): series and their sessions (events of kind
 * INFO_SESSION), invitations to present, subscriptions, recordings and slides, and their mails.
 */
@Module({
  imports: [AuditModule, MailModule],
  controllers: [SlidesController],
  providers: [
    InfoSeriesService,
    PresentationService,
    SlidesService,
    InfoSeriesMailService,
    InfoSeriesJobs,
    InfoSeriesResolver,
    InfoSessionResolver,
    InfoPresentationResolver,
    OrganizationInfoSessionsResolver,
  ],
  exports: [InfoSeriesService],
})
export class InfoSeriesModule {}
