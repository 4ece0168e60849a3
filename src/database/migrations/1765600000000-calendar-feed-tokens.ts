import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/**
 * Issue 16 point 6: a per-user token for the iCalendar feed (GET
 * /api/institutions/:id/calendar.ics?token=…), which calendar applications fetch without a
 * session. One token per user (a new one replaces the old); only its sha256 is kept, with the
 * language the feed's titles are written in. Not plan content: no audit triggers.
 */
export class CalendarFeedTokens1765600000000 implements MigrationInterface {
  name = 'CalendarFeedTokens1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_feed_tokens (
        user_id uuid NOT NULL,
        token_hash text NOT NULL,
        lang text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT calendar_feed_tokens_pkey PRIMARY KEY (user_id),
        ${kit.foreignKey('calendar_feed_tokens', 'user_id', 'users', 'CASCADE')},
        CONSTRAINT calendar_feed_tokens_token_hash_key UNIQUE (token_hash),
        CONSTRAINT calendar_feed_tokens_lang_check CHECK (lang IN ('tr', 'en'))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE calendar_feed_tokens');
  }
}
