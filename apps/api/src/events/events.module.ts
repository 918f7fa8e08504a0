import { Module } from '@nestjs/common';

import { EventFieldsResolver } from './event-fields.resolver';
import { EventQueryService } from './event-query.service';
import { EventsResolver } from './events.resolver';

/** Events of networks and organisations (issue 15): reading, editing, review and occurrences. */
@Module({
  providers: [EventsResolver, EventFieldsResolver, EventQueryService],
  exports: [EventQueryService],
})
export class EventsModule {}
