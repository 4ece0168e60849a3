import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CalendarTokenResponse, CalendarTokenStatus } from '../../contracts/calendar.js';
import type { Lang } from '../../contracts/validation.js';
import { NotFoundError } from '../../common/app-error.js';
import { clockNow, istanbulYear } from '../../common/clock.js';
import { isUuid } from '../../common/ids.js';
import type { RequestUser } from '../../common/request-user.js';
import { AccessService } from '../auth/access.service.js';
import { hashSecret, newSecret } from '../auth/session-token.js';
import { CalendarFeedToken } from './calendar-feed-token.entity.js';
import { CalendarService } from './calendar.service.js';
import { toICalendar } from './icalendar.js';

/** What a feed token looks like (session-token.ts newSecret): anything else is not looked up. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/** The feed answers last year, this year and next year (Istanbul): what a calendar application shows. */
const FEED_YEARS_BACK = 1;
const FEED_YEARS_AHEAD = 1;

/**
 * The iCalendar feed of an institution's calendar for calendar applications, which fetch it
 * without a session: a per-user token in the URL opens it, as long as the user is active and
 * still belongs to the institution. A wrong, revoked or foreign token answers 404, like an
 * unknown institution.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: CalendarService,
    private readonly access: AccessService,
  ) {}

  /** A new token for `user` (the old one stops working) and the feed URL of each of their institutions. */
  async createToken(user: RequestUser, lang: Lang, origin: string): Promise<CalendarTokenResponse> {
    const token = newSecret();
    const [row] = await this.dataSource.query<Array<{ created_at: Date }>>(
      `INSERT INTO calendar_feed_tokens (user_id, token_hash, lang) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, lang = EXCLUDED.lang, created_at = now()
       RETURNING created_at`,
      [user.id, hashSecret(token), lang],
    );
    const visible = this.access.visibleInstitutions(user);
    const institutions = await this.dataSource.query<Array<{ id: string; name: string }>>(
      `SELECT id, name FROM institutions ${visible === null ? '' : 'WHERE id = ANY($1)'} ORDER BY name, id`,
      visible === null ? [] : [visible],
    );
    return {
      createdAt: row.created_at.toISOString(),
      feeds: institutions.map((institution) => ({
        institutionId: institution.id,
        institutionName: institution.name,
        url: `${origin}/api/institutions/${institution.id}/calendar.ics?token=${token}`,
      })),
    };
  }

  async tokenStatus(user: RequestUser): Promise<CalendarTokenStatus> {
    const row = await this.dataSource.manager.findOneBy(CalendarFeedToken, { userId: user.id });
    return { active: row !== null, createdAt: row?.createdAt.toISOString() ?? null };
  }

  async revokeToken(user: RequestUser): Promise<void> {
    await this.dataSource.manager.delete(CalendarFeedToken, { userId: user.id });
  }

  /** The feed's text, or 404 CALENDAR_FEED_NOT_FOUND when the token does not open this institution. */
  async feed(institutionId: string, token: string | undefined, lang: Lang | undefined): Promise<string> {
    const notFound = new NotFoundError('CALENDAR_FEED_NOT_FOUND');
    if (!isUuid(institutionId) || token === undefined || !TOKEN_SHAPE.test(token)) throw notFound;
    const [holder] = await this.dataSource.query<Array<{ lang: Lang; name: string }>>(
      `SELECT t.lang, i.name
         FROM calendar_feed_tokens t
         JOIN users u ON u.id = t.user_id AND u.deactivated_at IS NULL
         JOIN institutions i ON i.id = $2
        WHERE t.token_hash = $1
          AND (u.is_superadmin
               OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.institution_id = i.id))`,
      [hashSecret(token), institutionId],
    );
    if (!holder) throw notFound;
    const feedLang = lang ?? holder.lang;
    const year = istanbulYear();
    const answer = await this.calendar.calendar(
      institutionId,
      { from: `${year - FEED_YEARS_BACK}-01-01`, to: `${year + FEED_YEARS_AHEAD}-12-31` },
      feedLang,
    );
    return toICalendar({
      institutionId,
      institutionName: holder.name,
      events: answer.events,
      lang: feedLang,
      now: clockNow(),
    });
  }
}
