import { check, references, TablesMigration, unique, type TableDefinition } from './kit.js';

const TABLES: TableDefinition[] = [
  {
    name: 'calendar_feed_tokens',
    columns: [
      'user_id uuid NOT NULL',
      'token_hash text NOT NULL',
      'lang text NOT NULL',
      'created_at timestamptz NOT NULL DEFAULT now()',
    ],
    primaryKey: ['user_id'],
    constraints: [
      references('user_id', 'users', 'CASCADE'),
      unique('token_hash'),
      check('lang', "lang IN ('tr', 'en')"),
    ],
  },
];

/**
 * Issue 16 point 6: a per-user token for the iCalendar feed (GET
 * /api/institutions/:id/calendar.ics?token=…), which calendar applications fetch without a
 * session. One token per user (a new one replaces the old); only its sha256 is kept, with the
 * language the feed's titles are written in. Not plan content: no audit triggers.
 */
export class CalendarFeedTokens1765600000000 extends TablesMigration {
  name = 'CalendarFeedTokens1765600000000';
  protected readonly tables = TABLES;
}
