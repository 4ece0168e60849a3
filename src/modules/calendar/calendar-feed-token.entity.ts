import { Entity, Unique } from 'typeorm';
import type { Lang } from '../../contracts/validation.js';
import {
  CreatedAtColumn,
  KeyColumn,
  References,
  TextColumn,
  TextEnumColumn,
} from '../../database/columns.js';
import { User } from '../auth/user.entity.js';

/**
 * A user's iCalendar feed token (one per user): only the sha256 of the secret the feed URL
 * carries, and the language the feed is written in (the one the user asked for it in).
 */
@Entity('calendar_feed_tokens')
@Unique('calendar_feed_tokens_token_hash_key', ['tokenHash'])
export class CalendarFeedToken {
  @KeyColumn('calendar_feed_tokens', 'uuid')
  userId!: string;

  @References(() => User, 'calendar_feed_tokens', 'user_id', 'CASCADE')
  user?: User;

  @TextColumn()
  tokenHash!: string;

  @TextEnumColumn('calendar_feed_tokens', 'lang', ['tr', 'en'])
  lang!: Lang;

  @CreatedAtColumn()
  createdAt!: Date;
}
