import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { SupportContactService } from './support-contact.service';
import { SupportContactErasureService } from './support-contact-erasure.service';
import { SupportContactCountsService } from './support-contact-counts.service';
import { SupportContactTrendService } from './support-contact-trend.service';
import { SupportContactJobs } from './support-contacts.jobs';
import { SupportContactsResolver } from './support-contacts.resolver';
import { SupportTopicService } from './support-topic.service';

/**
 * Support contacts (issue 16): the coordination team's log of contacts from member and partner
 * organisations, the network's own topic list, and the yearly trend by topic. Exports the counts
 * for the indicators. ARCHITECTURE.md "Support contacts and feedback".
 */
@Module({
  imports: [AuditModule],
  providers: [
    SupportContactErasureService,
    SupportContactJobs,
    SupportTopicService,
    SupportContactService,
    SupportContactTrendService,
    SupportContactCountsService,
    SupportContactsResolver,
  ],
  exports: [SupportContactCountsService],
})
export class SupportContactsModule {}
