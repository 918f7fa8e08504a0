import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { EventCountsService } from './event-counts.service';
import { EventSignupFieldsResolver } from './event-signup-fields.resolver';
import { EventSignupOrganiserService } from './event-signup-organiser.service';
import { EventSignupService } from './event-signup.service';
import { EventSignupJobs } from './event-signups.jobs';
import { EventSignupsResolver } from './event-signups.resolver';
import { SignupErasureService } from './signup-erasure.service';
import { SignupMailService } from './signup-mail.service';
import { SignupReminderService } from './signup-reminder.service';

/**
 * Event sign-ups (issue 15): signing up (public or from an account) with capacity and a waiting list,
 * the cancel link, the mails (confirmation with `.ics`, promotion, reminder), attendance, erasure of
 * personal data after the network's retention, and the counts for reporting. Adds sign-up fields to
 * Event; uses the events' and its own DataLoaders from the GraphQL context.
 */
@Module({
  imports: [AuditModule, MailModule],
  providers: [
    EventSignupService,
    EventSignupOrganiserService,
    SignupMailService,
    SignupReminderService,
    SignupErasureService,
    EventCountsService,
    EventSignupJobs,
    EventSignupsResolver,
    EventSignupFieldsResolver,
  ],
  exports: [EventCountsService, SignupMailService],
})
export class EventSignupsModule {}
