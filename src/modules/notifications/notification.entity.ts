import { Check, Entity, Index, Unique } from 'typeorm';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
} from '../../contracts/notifications.js';
import type { Lang } from '../../contracts/validation.js';
import {
  DateColumn,
  IdColumn,
  IntegerColumn,
  JsonColumn,
  KeyColumn,
  References,
  TextColumn,
  TextEnumColumn,
  TimestampColumn,
  TimestampNowColumn,
  UuidColumn,
} from '../../database/columns.js';
import { User } from '../auth/user.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import type { NotificationParams } from './reminder-rules.js';

/** One notification of one user: what the inbox lists, and whether its e-mail went out. */
@Entity('notifications')
@Unique('notifications_user_id_event_key_event_day_key', ['userId', 'eventKey', 'eventDay'])
@Index('notifications_user_id_created_at_idx', ['userId', 'createdAt'])
@Index('notifications_mail_pending_idx', ['channel', 'userId'], {
  where: `mailed_at IS NULL AND channel <> 'in-app'`,
})
export class Notification {
  @IdColumn('notifications')
  id!: string;

  /** The institution it is about; null for none (kept for tenancy, as every tenant row). */
  @UuidColumn({ nullable: true, index: 'notifications_institution_id_idx' })
  institutionId!: string | null;

  @References(() => Institution, 'notifications', 'institution_id', 'CASCADE')
  institution?: Institution | null;

  @UuidColumn()
  userId!: string;

  @References(() => User, 'notifications', 'user_id', 'CASCADE')
  user?: User;

  @TextEnumColumn('notifications', 'kind', NOTIFICATION_KINDS)
  kind!: NotificationKind;

  /** What the text names (notification-texts.ts): the text is written in the reader's language. */
  @JsonColumn()
  params!: NotificationParams;

  /** A client route (#/…). */
  @TextColumn()
  link!: string;

  /** What happened: the same key on the same day is one notification. */
  @TextColumn()
  eventKey!: string;

  @DateColumn()
  eventDay!: string;

  /** How it reaches the user, fixed when it is made (their setting then). */
  @TextEnumColumn('notifications', 'channel', NOTIFICATION_CHANNELS)
  channel!: NotificationChannel;

  @TimestampNowColumn()
  createdAt!: Date;

  @TimestampColumn({ nullable: true })
  readAt!: Date | null;

  /** When its e-mail (or the digest that held it) was handed to the SMTP server. */
  @TimestampColumn({ nullable: true })
  mailedAt!: Date | null;

  @IntegerColumn({ default: 0 })
  mailAttempts!: number;
}

/** A user's notification settings: the mail language and a channel per kind (absent: the default). */
@Entity('notification_settings')
@Check('notification_settings_lang_check', `lang IN ('tr', 'en')`)
export class NotificationSetting {
  @KeyColumn('notification_settings', 'uuid')
  userId!: string;

  @References(() => User, 'notification_settings', 'user_id', 'CASCADE')
  user?: User;

  @TextColumn({ default: 'tr' })
  lang!: Lang;

  @JsonColumn({ default: '{}' })
  channels!: Partial<Record<NotificationKind, NotificationChannel>>;

  @TimestampNowColumn()
  updatedAt!: Date;
}

/** The database's key for unsubscribe links (one row). */
@Entity('notification_keys')
@Check('notification_keys_id_check', `id = 1`)
export class NotificationKey {
  @KeyColumn('notification_keys', 'integer')
  id!: number;

  @TextColumn()
  secret!: string;
}
