import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import {
  STEP_STATUSES,
  TEAM_ROLES,
  type CreatePreparationStepRequest,
  type CreateTeamMemberRequest,
  type StepStatus,
  type TeamRole,
  type UpdatePreparationStepRequest,
  type UpdateTeamMemberRequest,
} from '../../../contracts/preparation.js';
import { IsIsoDate, IsOptionalNotNull, IsText, IsCode } from '../../../common/validators.js';

/** Far more than a team or a programme needs; keeps positions small integers. */
const MAX_POSITION = 1000;

export class CreateTeamMemberDto implements CreateTeamMemberRequest {
  @ApiPropertyOptional({ description: 'A user with a role in the institution (or give name)' })
  @IsOptionalNotNull()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ example: 'Ayşe Yılmaz', description: 'An outsider without an account' })
  @IsOptionalNotNull()
  @IsText(200)
  name?: string;

  @ApiPropertyOptional({ example: 'Kent Konseyi Başkanı', description: "An outsider's title or body" })
  @IsOptionalNotNull()
  @IsText(200)
  title?: string;

  @ApiProperty({ enum: TEAM_ROLES })
  @IsIn(TEAM_ROLES)
  role!: TeamRole;

  @ApiPropertyOptional({ example: 'STRATEJI', nullable: true })
  @IsOptional()
  @IsCode()
  unitCode?: string | null;
}

export class UpdateTeamMemberDto implements UpdateTeamMemberRequest {
  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @IsInt() @Min(1) version?: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsText(200)
  name?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsText(200)
  title?: string | null;

  @ApiPropertyOptional({ enum: TEAM_ROLES })
  @IsOptionalNotNull()
  @IsIn(TEAM_ROLES)
  role?: TeamRole;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsCode()
  unitCode?: string | null;
}

export class CreatePreparationStepDto implements CreatePreparationStepRequest {
  @ApiProperty({ example: 'Durum analizi' })
  @IsText(500)
  title!: string;

  @ApiPropertyOptional({ nullable: true, description: 'A member of the planning team' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @ApiProperty({ example: '2024-04-01' })
  @IsIsoDate()
  startDate!: string;

  @ApiProperty({ example: '2024-05-15', description: 'Not before startDate' })
  @IsIsoDate()
  dueDate!: string;

  @ApiPropertyOptional({ enum: STEP_STATUSES, default: 'planned' })
  @IsOptionalNotNull()
  @IsIn(STEP_STATUSES)
  status?: StepStatus;

  @ApiPropertyOptional({ nullable: true, description: 'Required when done, and only then' })
  @IsOptional()
  @IsIsoDate()
  doneDate?: string | null;

  @ApiPropertyOptional({ minimum: 1, description: 'Insert here (1-based); the end by default' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(MAX_POSITION)
  position?: number;
}

export class UpdatePreparationStepDto implements UpdatePreparationStepRequest {
  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @IsInt() @Min(1) version?: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsText(500)
  title?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsIsoDate()
  startDate?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsIsoDate()
  dueDate?: string;

  @ApiPropertyOptional({ enum: STEP_STATUSES })
  @IsOptionalNotNull()
  @IsIn(STEP_STATUSES)
  status?: StepStatus;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsIsoDate()
  doneDate?: string | null;

  @ApiPropertyOptional({ minimum: 1, description: 'Move here (1-based); the steps between move by one' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(MAX_POSITION)
  position?: number;
}
