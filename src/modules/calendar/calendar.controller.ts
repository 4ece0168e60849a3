import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CalendarEvent, CalendarResponse } from '../../contracts/calendar.js';
import { ApiLang } from '../../common/lang.js';
import { pathOf, type PathOf } from '../../common/routes.js';
import { Allow } from '../auth/access.decorators.js';
import { CalendarService } from './calendar.service.js';
import { CalendarQueryDto, CreateOwnEventDto, UpdateOwnEventDto } from './dto/calendar.dto.js';

/** An own event (:institutionId, :eventId). */
const EventAt = pathOf('institutionId', 'eventId');
type EventAt = PathOf<'institutionId' | 'eventId'>;

@ApiTags('calendar')
@ApiLang()
@Controller('institutions/:institutionId/calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @ApiOperation({
    summary:
      'The institution’s calendar from `from` to `to` (Istanbul dates): the statutory events of its plans and kind, and its own events',
  })
  get(
    @Param('institutionId') institutionId: string,
    @Query() query: CalendarQueryDto,
  ): Promise<CalendarResponse> {
    return this.calendar.calendar(institutionId, query);
  }

  @Post('events')
  @Allow('admin', 'planner')
  @ApiOperation({ summary: 'Add an own event to the institution’s calendar' })
  addEvent(
    @Param('institutionId') institutionId: string,
    @Body() dto: CreateOwnEventDto,
  ): Promise<CalendarEvent> {
    return this.calendar.addEvent(institutionId, dto);
  }

  @Patch('events/:eventId')
  @Allow('admin', 'planner')
  @ApiOperation({ summary: 'Change an own event (`version` guards against a stale edit)' })
  updateEvent(@EventAt() at: EventAt, @Body() dto: UpdateOwnEventDto): Promise<CalendarEvent> {
    return this.calendar.updateEvent(at.institutionId, at.eventId, dto);
  }

  @Delete('events/:eventId')
  @Allow('admin', 'planner')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an own event' })
  deleteEvent(@EventAt() at: EventAt): Promise<void> {
    return this.calendar.deleteEvent(at.institutionId, at.eventId);
  }
}
