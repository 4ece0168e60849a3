import { Controller, Delete, HttpCode, Param, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CalendarTokenResponse, CalendarTokenStatus } from '../../contracts/calendar.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import { CurrentUser, type PusulaRequest, type RequestUser } from '../../common/request-user.js';
import { PostAction, Read } from '../../common/routes.js';
import { Public } from '../auth/access.decorators.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { CalendarFeedQueryDto } from './dto/calendar.dto.js';

const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** The iCalendar feed, opened by a per-user token in its URL (calendar applications carry no session). */
@ApiTags('calendar')
@Controller('institutions/:institutionId')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Read(
    'calendar.ics',
    'The institution’s calendar as an iCalendar (RFC 5545) feed: last year to next year, all-day events. ?token= is the user’s feed token; a wrong or revoked token, or one of a user outside the institution, answers 404 CALENDAR_FEED_NOT_FOUND',
  )
  @ApiProduces(ICS_CONTENT_TYPE)
  @ApiOkResponse({ description: 'The feed (.ics)', schema: { type: 'string' } })
  async feed(
    @Param('institutionId') institutionId: string,
    @Query() query: CalendarFeedQueryDto,
  ): Promise<StreamableFile> {
    const text = await this.feeds.feed(institutionId, query.token, query.lang);
    const content = Buffer.from(text, 'utf8');
    return new StreamableFile(content, {
      type: ICS_CONTENT_TYPE,
      disposition: 'inline; filename="pusula.ics"',
      length: content.length,
    });
  }
}

/** The signed-in user's own feed token: get a new one (the feed URLs), see whether one exists, revoke it. */
@ApiTags('calendar')
@Controller('account/calendar-token')
export class CalendarTokenController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @PostAction(
    undefined,
    'A new calendar feed token (the old one stops working) and the feed URL of each of the user’s institutions; the token is shown this once',
  )
  @ApiLang('The language the feed is written in (the user can still add ?lang= to a feed URL)')
  create(
    @CurrentUser() user: RequestUser,
    @RequestLang() lang: Lang,
    @Req() request: PusulaRequest,
  ): Promise<CalendarTokenResponse> {
    return this.feeds.createToken(user, lang, `${request.protocol}://${request.host}`);
  }

  @Read(undefined, 'Whether the user has a calendar feed token, and since when')
  status(@CurrentUser() user: RequestUser): Promise<CalendarTokenStatus> {
    return this.feeds.tokenStatus(user);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke the calendar feed token: its feed URLs answer 404 from now on' })
  revoke(@CurrentUser() user: RequestUser): Promise<void> {
    return this.feeds.revokeToken(user);
  }
}
