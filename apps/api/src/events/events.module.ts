import { Module } from '@nestjs/common';

import { EventSignupsModule } from '../event-signups/event-signups.module';
import { MailModule } from '../mail/mail.module';
import { EventEditingService } from './event-editing.service';
import { EventChangeReviewResolver } from './event-change-review.resolver';
import { EventFieldsResolver } from './event-fields.resolver';
import { EventMutationsResolver } from './event-mutations.resolver';
import { EventNoticeService } from './event-notice.service';
import { EventOccurrenceService } from './event-occurrence.service';
import { EventQueryService } from './event-query.service';
import { EventStatusService } from './event-status.service';
import { EventsResolver } from './events.resolver';
import { ServiceEventsResolver } from './service-events.resolver';

/** Events of networks and organisations (issue 15): reading, editing, review and occurrences. */
@Module({
  imports: [MailModule, EventSignupsModule],
  providers: [
    EventsResolver,
    EventFieldsResolver,
    EventChangeReviewResolver,
    EventMutationsResolver,
    ServiceEventsResolver,
    EventQueryService,
    EventEditingService,
    EventStatusService,
    EventOccurrenceService,
    EventNoticeService,
  ],
  exports: [EventQueryService, EventNoticeService],
})
export class EventsModule {}
