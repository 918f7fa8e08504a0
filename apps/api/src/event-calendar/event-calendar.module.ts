import { Module } from '@nestjs/common';

import { EventsModule } from '../events/events.module';
import { EventCalendarController } from './event-calendar.controller';
import { EventCalendarService } from './event-calendar.service';

/** iCalendar feeds and `.ics` files of events (issue 15); the builder is ical-calendar.ts. */
@Module({
  imports: [EventsModule],
  controllers: [EventCalendarController],
  providers: [EventCalendarService],
  exports: [EventCalendarService],
})
export class EventCalendarModule {}
