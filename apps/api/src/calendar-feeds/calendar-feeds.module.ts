import { Module } from '@nestjs/common';

import { EventCalendarModule } from '../event-calendar/event-calendar.module';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';
import { PersonalFeedController } from './personal-feed.controller';

/** Personal calendar feed addresses with a secret token (issue 15). */
@Module({
  imports: [EventCalendarModule],
  controllers: [PersonalFeedController],
  providers: [CalendarFeedService, CalendarFeedResolver],
})
export class CalendarFeedsModule {}
