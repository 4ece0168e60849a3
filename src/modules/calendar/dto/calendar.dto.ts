import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { CALENDAR_ACTORS, type CalendarActor, type OwnEventRequest } from '../../../contracts/calendar.js';
import type { Lang } from '../../../contracts/validation.js';
import { IsIsoDate, IsOptionalNotNull, QueryLang } from '../../../common/validators.js';

/** `?from=&to=` of the calendar: Istanbul calendar dates, inclusive; the current year by default. */
export class CalendarQueryDto {
  @ApiPropertyOptional({
    example: '2026-01-01',
    description: 'first day, inclusive (default 1 January this year)',
  })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12-31',
    description:
      'last day, inclusive, not before from, less than 10 years after it (default 31 December of from’s year)',
  })
  @IsOptional()
  @IsIsoDate()
  to?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'only the events that concern this unit of the institution (its entry deadlines, activity reports, own tasks)',
  })
  @IsOptional()
  @IsUUID()
  unit?: string;

  @QueryLang() lang?: Lang;
}

/*
 * The checks of each field of an own event, shared by the create (where title and date are
 * required) and the change (where every field is optional; null clears only what may be empty).
 */
const checks = {
  title: () => applyDecorators(IsString(), IsNotEmpty(), MaxLength(500)),
  date: () => IsIsoDate(),
  endDate: () =>
    applyDecorators(
      ApiPropertyOptional({
        nullable: true,
        description: 'Last day of an event spanning days; not before date',
      }),
      IsOptional(),
      IsIsoDate(),
    ),
  description: () =>
    applyDecorators(ApiPropertyOptional({ nullable: true }), IsOptional(), IsString(), MaxLength(5000)),
  planId: () =>
    applyDecorators(
      ApiPropertyOptional({ nullable: true, description: 'A plan of the institution the event concerns' }),
      IsOptional(),
      IsUUID(),
    ),
  unitId: () =>
    applyDecorators(
      ApiPropertyOptional({ nullable: true, description: 'A unit of the institution the event concerns' }),
      IsOptional(),
      IsUUID(),
    ),
  actor: () =>
    applyDecorators(
      ApiPropertyOptional({ enum: CALENDAR_ACTORS, description: 'Who must act (default planner)' }),
      IsOptionalNotNull(),
      IsIn(CALENDAR_ACTORS),
    ),
  done: () => applyDecorators(ApiPropertyOptional({ default: false }), IsOptionalNotNull(), IsBoolean()),
};

export class CreateOwnEventDto implements OwnEventRequest {
  @ApiProperty({ example: 'Stratejik plan çalıştayı' }) @checks.title() title!: string;
  @ApiProperty({ example: '2026-03-12' }) @checks.date() date!: string;
  @checks.endDate() endDate?: string | null;
  @checks.description() description?: string | null;
  @checks.planId() planId?: string | null;
  @checks.unitId() unitId?: string | null;
  @checks.actor() actor?: CalendarActor;
  @checks.done() done?: boolean;
}

export class UpdateOwnEventDto implements Partial<OwnEventRequest> {
  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @IsInt() @Min(1) version?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @checks.title() title?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @checks.date() date?: string;
  @checks.endDate() endDate?: string | null;
  @checks.description() description?: string | null;
  @checks.planId() planId?: string | null;
  @checks.unitId() unitId?: string | null;
  @checks.actor() actor?: CalendarActor;
  @checks.done() done?: boolean;
}

/** `?token=&lang=` of the iCalendar feed: the feed token (POST /api/account/calendar-token), the language. */
export class CalendarFeedQueryDto {
  @ApiPropertyOptional({ description: 'The user’s feed token; a wrong or revoked one answers 404' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  token?: string;

  @QueryLang() lang?: Lang;
}
