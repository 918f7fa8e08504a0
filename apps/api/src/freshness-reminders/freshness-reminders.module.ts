import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { FreshnessDigestService } from './freshness-digest.service';
import { FreshnessReminderJobs } from './freshness-reminders.jobs';
import { HiddenNoticeService } from './hidden-notice.service';
import { OtherProviderChecksService } from './other-provider-checks.service';

/** Freshness that acts: the weekly digest of services due for a check, and the hidden-service notice. */
@Module({
  imports: [AuditModule, MailModule],
  providers: [
    FreshnessDigestService,
    HiddenNoticeService,
    OtherProviderChecksService,
    FreshnessReminderJobs,
  ],
  exports: [FreshnessDigestService, HiddenNoticeService, OtherProviderChecksService],
})
export class FreshnessRemindersModule {}
