import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
  type NotificationSettingsRequest,
} from '../../../contracts/notifications.js';
import type { Lang } from '../../../contracts/validation.js';
import {
  IsOneOf,
  IsOptionalNotNull,
  IsPlainObject,
  MAX_PAGE,
  QueryCount,
  QueryLang,
} from '../../../common/validators.js';
import { DEFAULT_PAGE_SIZE } from '../notifications.service.js';

/** `?page=&pageSize=` of the inbox, newest first. */
export class NotificationListQueryDto {
  @QueryCount(MAX_PAGE, 1) page?: number;
  @QueryCount(100, DEFAULT_PAGE_SIZE) pageSize?: number;
  @QueryLang() lang?: Lang;
}

/** The mail language and a channel per kind; kinds left out keep theirs (the service refuses unknown kinds). */
export class NotificationSettingsDto implements NotificationSettingsRequest {
  @IsOptionalNotNull()
  @IsOneOf(['tr', 'en'], { required: false, description: 'the language of the e-mails' })
  lang?: Lang;

  @ApiPropertyOptional({
    description: `a channel (${NOTIFICATION_CHANNELS.join(', ')}) per kind (${NOTIFICATION_KINDS.join(', ')})`,
    example: { 'value-returned': 'email', 'approval-waiting': 'digest' },
  })
  @IsOptional()
  @IsPlainObject()
  channels?: Partial<Record<NotificationKind, NotificationChannel>>;
}

/** `?token=` of an unsubscribe link. */
export class UnsubscribeQueryDto {
  @ApiPropertyOptional({ description: 'the signed token of the mail’s link' })
  @IsOptional()
  @IsString()
  token?: string;

  @QueryLang() lang?: Lang;
}
