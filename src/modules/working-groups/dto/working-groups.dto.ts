import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  GROUP_DECISIONS,
  STEP_DECISIONS,
  STEP_STAGES,
  type BoardRequest,
  type CouncilMemberRequest,
  type ElectionRequest,
  type GroupCloseRequest,
  type GroupDecision,
  type GroupDecisionRequest,
  type GroupMembersRequest,
  type GroupProposalRequest,
  type MeetingRequest,
  type RecommendationRequest,
  type ReplyRequest,
  type StepDecision,
  type StepRequest,
  type StepStage,
} from '../../../contracts/working-groups.js';
import {
  IsIsoDate,
  IsOptionalNotNull,
  IsOptionalText,
  IsText,
  VersionRead,
} from '../../../common/validators.js';

/** More members than a general assembly has; keeps a request's lists bounded. */
const MAX_IDS = 1000;

/** A list of council member ids. */
function MemberIds(min = 0): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ type: [String], minItems: min, maxItems: MAX_IDS })(target, key);
    IsUUID('all', { each: true })(target, key);
    ArrayMaxSize(MAX_IDS)(target, key);
    IsArray()(target, key);
  };
}

/** A date that may be left out or cleared. */
function OptionalDate(): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional({ nullable: true, example: '2026-12-31' })(target, key);
    IsIsoDate()(target, key);
    IsOptional()(target, key);
  };
}

export class CreateCouncilMemberDto implements CouncilMemberRequest {
  @ApiProperty({ example: 'Ayşe Yılmaz' }) @IsText(200) name!: string;
  @ApiPropertyOptional({ nullable: true, example: 'Kahramanmaraş Ticaret ve Sanayi Odası' })
  @IsOptionalText(500)
  represents?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Never shown on the public page' })
  @IsOptionalText(500)
  contact?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The member’s account in this council, if any' })
  @IsOptional()
  @IsUUID()
  userId?: string | null;
  @ApiProperty({ example: '2025-01-01' }) @IsIsoDate() activeFrom!: string;
  @OptionalDate() activeTo?: string | null;
}

export class UpdateCouncilMemberDto implements Partial<CouncilMemberRequest> {
  @VersionRead() version?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsText(200) name?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptionalText(500) represents?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptionalText(500) contact?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() userId?: string | null;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsIsoDate() activeFrom?: string;
  @OptionalDate() activeTo?: string | null;
}

export class BoardDto implements BoardRequest {
  @MemberIds() memberIds!: string[];
}

export class GroupMembersDto implements GroupMembersRequest {
  @MemberIds(1) memberIds!: string[];
}

export class ProposeGroupDto implements GroupProposalRequest {
  @ApiProperty({ example: 'Engelsiz Kent Çalışma Grubu' }) @IsText(300) name!: string;
  @ApiProperty() @IsText(5000) aim!: string;
  @ApiProperty() @IsText(5000) scope!: string;
  @ApiProperty({ example: '12 ay' }) @IsText(200) duration!: string;
  @ApiProperty() @IsText(10000) workPlan!: string;
  @ApiProperty({ example: '2026-01-10' }) @IsIsoDate() proposedOn!: string;
  @MemberIds(5) founderIds!: string[];
}

export class GroupDecisionDto implements GroupDecisionRequest {
  @ApiProperty({ enum: GROUP_DECISIONS }) @IsIn(GROUP_DECISIONS) decision!: GroupDecision;
  @ApiProperty({ example: '2026-01-20' }) @IsIsoDate() date!: string;
  @ApiProperty({ example: '2026/14' }) @IsText(100) number!: string;
}

export class GroupCloseDto implements GroupCloseRequest {
  @ApiProperty({ example: '2026-12-31' }) @IsIsoDate() date!: string;
  @ApiProperty() @IsText(2000) reason!: string;
}

export class VoteDto {
  @ApiProperty() @IsUUID() memberId!: string;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100000) votes!: number;
}

export class ElectionDto implements ElectionRequest {
  @ApiProperty({ example: '2026-02-05' }) @IsIsoDate() date!: string;
  @MemberIds(6) presentIds!: string[];
  @ApiPropertyOptional({ type: [VoteDto] })
  @IsOptionalNotNull()
  @Type(() => VoteDto)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @ArrayMaxSize(MAX_IDS)
  @IsArray()
  votes?: VoteDto[];
  @ApiProperty() @IsUUID() chairId!: string;
  @MemberIds(4) managerIds!: string[];
}

export class MeetingDto implements MeetingRequest {
  @ApiProperty({ example: '2026-03-04' }) @IsIsoDate() date!: string;
  @ApiProperty({ example: 'Kent Konseyi Toplantı Salonu' }) @IsText(500) place!: string;
  @ApiProperty() @IsText(10000) agenda!: string;
  @MemberIds() attendanceIds!: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNotNull()
  @MaxLength(5000, { each: true })
  @IsNotEmpty({ each: true })
  @IsString({ each: true })
  @ArrayMaxSize(100)
  @IsArray()
  decisions?: string[];
}

export class RecommendationDto implements RecommendationRequest {
  @ApiProperty({ description: 'The meeting of the group that wrote it' }) @IsUUID() meetingId!: string;
  @ApiProperty() @IsText(500) title!: string;
  @ApiProperty() @IsText(20000) text!: string;
  @ApiPropertyOptional({ nullable: true, description: 'A plan (of the city’s municipality) it concerns' })
  @IsOptional()
  @IsUUID()
  planId?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The aim or target code in that plan' })
  @IsOptionalText(32)
  planCode?: string | null;
}

export class StepDto implements StepRequest {
  @ApiProperty({ enum: STEP_STAGES }) @IsIn(STEP_STAGES) stage!: StepStage;
  @ApiProperty({ example: '2026-04-10' }) @IsIsoDate() date!: string;
  @ApiProperty({ enum: STEP_DECISIONS }) @IsIn(STEP_DECISIONS) decision!: StepDecision;
  @ApiPropertyOptional({ nullable: true }) @IsOptionalText(5000) note?: string | null;
}

export class ReplyDto implements ReplyRequest {
  @ApiProperty() @IsText(10000) text!: string;
}
