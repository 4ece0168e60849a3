import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  QUESTION_STATUSES,
  QUESTION_SUBJECT_TYPES,
  type AnswerQuestionRequest,
  type AskQuestionRequest,
  type CloseQuestionRequest,
  type QuestionListQuery,
  type QuestionStatus,
  type QuestionSubjectType,
} from '../../../contracts/questions.js';
import { IsOptionalNotNull, VersionRead, IsCode } from '../../../common/validators.js';

const PERIOD = /^\d{4}(-H[12])?$/;
const NOT_BLANK = /\S/;

/** A question's or an answer's text: not blank, at most 4000 characters (checks registered as a stack of them would). */
function IsQuestionText(): PropertyDecorator {
  return applyDecorators(
    MaxLength(4000),
    Matches(NOT_BLANK, { message: '$property must not be blank' }),
    IsNotEmpty(),
    IsString(),
  );
}

export class QuestionListQueryDto implements QuestionListQuery {
  @ApiPropertyOptional({ enum: QUESTION_STATUSES })
  @IsOptional()
  @IsIn(QUESTION_STATUSES)
  status?: QuestionStatus;

  @ApiPropertyOptional({ example: 'H1.1', description: 'The code of an aim, target or indicator' })
  @IsOptional()
  @IsCode()
  subject?: string;
}

export class AskQuestionDto implements AskQuestionRequest {
  @ApiProperty({ enum: QUESTION_SUBJECT_TYPES })
  @IsIn(QUESTION_SUBJECT_TYPES)
  subjectType!: QuestionSubjectType;

  @ApiProperty({ example: 'PG1.1.1' })
  @IsCode()
  subjectCode!: string;

  @ApiPropertyOptional({ example: '2025-H1', description: 'YYYY, YYYY-H1 or YYYY-H2' })
  @IsOptionalNotNull()
  @IsString()
  @Matches(PERIOD, { message: 'period must be YYYY, YYYY-H1 or YYYY-H2' })
  period?: string;

  @ApiProperty({ description: 'The question' })
  @IsQuestionText()
  text!: string;
}

export class AnswerQuestionDto implements AnswerQuestionRequest {
  @ApiProperty({ description: 'The answer; replaces an earlier one' })
  @IsQuestionText()
  text!: string;

  @VersionRead() version?: number;
}

export class CloseQuestionDto implements CloseQuestionRequest {
  @VersionRead() version?: number;
}
