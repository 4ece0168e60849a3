import { Module } from '@nestjs/common';
import { CalendarFeedController, CalendarTokenController } from './calendar-feed.controller.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarService } from './calendar.service.js';
import { TodayController } from './today.controller.js';

/**
 * The institution's calendar: the statutory events computed from its plans, its own events,
 * and the iCalendar feed opened by a per-user token.
 */
@Module({
  controllers: [CalendarController, CalendarFeedController, CalendarTokenController, TodayController],
  providers: [CalendarService, CalendarFeedService],
})
export class CalendarModule {}
