import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import {
  COMMENT_MAX_LENGTH,
  CONSULTATION_SCOPES,
  type CommentLinkRequest,
  type ConsultationChange,
  type ConsultationRequest,
  type ConsultationScope,
  type ModerationRequest,
  type PublicCommentRequest,
} from '../../../contracts/consultations.js';
import {
  IsIsoDate,
  IsOneOf,
  IsOptionalNotNull,
  IsOptionalText,
  IsText,
  VersionRead,
} from '../../../common/validators.js';

/** An optional code (of an aim, target, finding or need); null clears it where that means something. */
const OptionalCode = (description: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ nullable: true, description }),
    IsOptional(),
    IsString(),
    MaxLength(32),
  );

/** The fields of a consultation, shared by the create (title, scope and dates required) and the change. */
const checks = {
  title: () =>
    applyDecorators(ApiProperty({ example: 'Taslak planımız halkın görüşüne açıldı' }), IsText(300)),
  description: () => applyDecorators(ApiPropertyOptional({ nullable: true }), IsOptionalText(5000)),
  scope: () => IsOneOf(CONSULTATION_SCOPES),
  aimCode: () => OptionalCode("The aim whose targets are consulted: only with scope 'aim-targets'"),
  opensOn: () => applyDecorators(ApiProperty({ example: '2026-01-05' }), IsIsoDate()),
  closesOn: () =>
    applyDecorators(ApiProperty({ example: '2026-01-30', description: 'Last day, inclusive' }), IsIsoDate()),
};

export class CreateConsultationDto implements ConsultationRequest {
  @checks.title() title!: string;
  @checks.description() description?: string | null;
  @checks.scope() scope!: ConsultationScope;
  @checks.aimCode() aimCode?: string | null;
  @checks.opensOn() opensOn!: string;
  @checks.closesOn() closesOn!: string;
}

export class UpdateConsultationDto implements ConsultationChange {
  @VersionRead() version?: number;
  @IsOptionalNotNull() @checks.title() title?: string;
  @checks.description() description?: string | null;
  @IsOptionalNotNull() @checks.scope() scope?: ConsultationScope;
  @checks.aimCode() aimCode?: string | null;
  @IsOptionalNotNull() @checks.opensOn() opensOn?: string;
  @IsOptionalNotNull() @checks.closesOn() closesOn?: string;
}

/** A moderation decision: the reason is required to hide, the answer to answer. */
export class ModerationDto implements ModerationRequest {
  @IsOneOf(['publish', 'hide', 'answer'], {
    description:
      'publish: shown to the public; hide: never shown (a reason); answer: the institution answers and publishes',
  })
  action!: 'publish' | 'hide' | 'answer';

  @ApiPropertyOptional({ description: 'Why the comment is hidden (members only); required to hide' })
  @ValidateIf((dto: ModerationDto) => dto.action === 'hide' || dto.reason !== undefined)
  @IsText(1000)
  reason?: string;

  @ApiPropertyOptional({
    description: "The institution's answer, shown under the comment; required to answer",
  })
  @ValidateIf((dto: ModerationDto) => dto.action === 'answer' || dto.answer !== undefined)
  @IsText(COMMENT_MAX_LENGTH)
  answer?: string;

  @VersionRead() version?: number;
}

export class CommentLinkDto implements CommentLinkRequest {
  @OptionalCode('The finding or need (T1, İ2…) the comment led to; null removes the link')
  finding?: string | null;

  @OptionalCode('The target code the comment led to; null removes the link')
  target?: string | null;
}

/** An anonymous comment; `website` is the honeypot (a filled one is accepted and dropped). */
export class PublicCommentDto implements PublicCommentRequest {
  @ApiProperty({ maxLength: COMMENT_MAX_LENGTH }) @IsText(COMMENT_MAX_LENGTH) text!: string;

  @ApiPropertyOptional({ nullable: true, description: 'Shown with the comment when it is published' })
  @IsOptionalText(200)
  name?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Never shown publicly' })
  @ValidateIf((dto: PublicCommentDto) => dto.email !== undefined && dto.email !== null && dto.email !== '')
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @OptionalCode('The aim or target the comment is about')
  subjectCode?: string | null;

  @ApiPropertyOptional({ description: 'Leave empty: a field only bots fill' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}
