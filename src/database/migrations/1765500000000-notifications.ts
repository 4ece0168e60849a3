import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  check,
  createTables,
  dropTables,
  ID_COLUMN,
  references,
  unique,
  type TableDefinition,
} from './kit.js';

const TABLES: TableDefinition[] = [
  {
    name: 'notifications',
    columns: [
      ID_COLUMN,
      'institution_id uuid',
      'user_id uuid NOT NULL',
      'kind text NOT NULL',
      'params jsonb NOT NULL',
      'link text NOT NULL',
      'event_key text NOT NULL',
      'event_day date NOT NULL',
      'channel text NOT NULL',
      'created_at timestamptz NOT NULL DEFAULT now()',
      'read_at timestamptz',
      'mailed_at timestamptz',
      'mail_attempts integer NOT NULL DEFAULT 0',
    ],
    constraints: [
      references('institution_id', 'institutions', 'CASCADE'),
      references('user_id', 'users', 'CASCADE'),
      unique('user_id', 'event_key', 'event_day'),
      check(
        'kind',
        "kind IN ('period-opened', 'entry-deadline-7', 'entry-deadline-1', 'value-returned', 'question-asked', 'question-answered', 'update-to-approve', 'approval-waiting', 'calendar-deadline', 'entry-escalation', 'consultation-comment')",
      ),
      check('channel', "channel IN ('in-app', 'email', 'digest')"),
    ],
    indexes: [
      ['user_id', 'created_at'],
      ['institution_id'],
      {
        name: 'mail_pending_idx',
        columns: ['channel', 'user_id'],
        where: "mailed_at IS NULL AND channel <> 'in-app'",
      },
    ],
  },
  {
    name: 'notification_settings',
    columns: [
      'user_id uuid NOT NULL',
      "lang text NOT NULL DEFAULT 'tr'",
      "channels jsonb NOT NULL DEFAULT '{}'",
      'updated_at timestamptz NOT NULL DEFAULT now()',
    ],
    primaryKey: ['user_id'],
    constraints: [references('user_id', 'users', 'CASCADE'), check('lang', "lang IN ('tr', 'en')")],
  },
  // One random key per database: it signs the unsubscribe links, so a link works on every instance.
  {
    name: 'notification_keys',
    columns: ['id integer NOT NULL', 'secret text NOT NULL'],
    constraints: [check('id', 'id = 1')],
  },
];

/**
 * Issue 16 points 3–5: each user's notifications (the inbox), how each kind reaches them
 * (in the app, an e-mail at once, a daily digest) and the key that signs the unsubscribe links.
 * One notification per user, event and day: the unique key makes a second reminder scan, a
 * second app instance or a retried job insert nothing new. Not plan content: not audited.
 * pg-boss keeps its own schema `pgboss` beside this one (docs/database.md#jobs).
 */
export class Notifications1765500000000 implements MigrationInterface {
  name = 'Notifications1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTables(queryRunner, TABLES);
    await queryRunner.query(`
      INSERT INTO notification_keys (id, secret)
        VALUES (1, encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || clock_timestamp()::text, 'UTF8')), 'hex'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTables(queryRunner, TABLES);
  }
}
