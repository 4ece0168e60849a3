import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { TodayResponse } from '../../contracts/today.js';
import { clockNow, istanbulDate } from '../../common/clock.js';
import { Read } from '../../common/routes.js';
import { Public } from '../auth/access.decorators.js';

/** The server's "today": the client takes its day from here, not from the browser's clock. */
@ApiTags('calendar')
@Controller('today')
export class TodayController {
  @Public()
  @Read(
    undefined,
    'Today in Istanbul and the server’s instant (common/clock.ts): the day the server judges dates on',
  )
  today(): TodayResponse {
    const now = clockNow();
    return { date: istanbulDate(now), now: now.toISOString() };
  }
}
