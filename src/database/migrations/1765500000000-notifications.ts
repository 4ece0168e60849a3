import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

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
    await queryRunner.query(`
      CREATE TABLE notifications (
        ${kit.ID_COLUMN},
        institution_id uuid,
        user_id uuid NOT NULL,
        kind text NOT NULL,
        params jsonb NOT NULL,
        link text NOT NULL,
        event_key text NOT NULL,
        event_day date NOT NULL,
        channel text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        mailed_at timestamptz,
        mail_attempts integer NOT NULL DEFAULT 0,
        ${kit.primaryKey('notifications')},
        ${kit.foreignKey('notifications', 'institution_id', 'institutions', 'CASCADE')},
        ${kit.foreignKey('notifications', 'user_id', 'users', 'CASCADE')},
        CONSTRAINT notifications_user_id_event_key_event_day_key UNIQUE (user_id, event_key, event_day),
        CONSTRAINT notifications_kind_check CHECK (kind IN ('period-opened', 'entry-deadline-7', 'entry-deadline-1', 'value-returned', 'question-asked', 'question-answered', 'update-to-approve', 'approval-waiting', 'calendar-deadline', 'entry-escalation', 'consultation-comment')),
        CONSTRAINT notifications_channel_check CHECK (channel IN ('in-app', 'email', 'digest'))
      )`);
    await queryRunner.query(kit.createIndex('notifications', ['user_id', 'created_at']));
    await queryRunner.query(kit.createIndex('notifications', ['institution_id']));
    await queryRunner.query(
      `CREATE INDEX notifications_mail_pending_idx ON notifications (channel, user_id) WHERE mailed_at IS NULL AND channel <> 'in-app'`,
    );
    await queryRunner.query(`
      CREATE TABLE notification_settings (
        user_id uuid NOT NULL,
        lang text NOT NULL DEFAULT 'tr',
        channels jsonb NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_settings_pkey PRIMARY KEY (user_id),
        ${kit.foreignKey('notification_settings', 'user_id', 'users', 'CASCADE')},
        CONSTRAINT notification_settings_lang_check CHECK (lang IN ('tr', 'en'))
      )`);
    // One random key per database: it signs the unsubscribe links, so a link works on every instance.
    await queryRunner.query(`
      CREATE TABLE notification_keys (
        id integer NOT NULL,
        secret text NOT NULL,
        ${kit.primaryKey('notification_keys')},
        CONSTRAINT notification_keys_id_check CHECK (id = 1)
      )`);
    await queryRunner.query(`
      INSERT INTO notification_keys (id, secret)
        VALUES (1, encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || clock_timestamp()::text, 'UTF8')), 'hex'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notification_keys');
    await queryRunner.query('DROP TABLE notification_settings');
    await queryRunner.query('DROP TABLE notifications');
  }
}
