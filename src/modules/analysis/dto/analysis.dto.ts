import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  ANALYSIS_ITEM_KINDS,
  ANALYSIS_PARTS,
  EFFECTS,
  OPINION_METHODS,
  PESTLE_CATEGORIES,
  SCORE_MAX,
  SCORE_MIN,
  STAKEHOLDER_KINDS,
  SWOT_KINDS,
  SWOT_STRATEGY_KINDS,
  TRENDS,
  type AnalysisItemKind,
  type AnalysisPart,
  type ActivityFieldRow,
  type InternalRow,
  type LegalRow,
  type PestleRow,
  type PolicyRow,
  type StakeholderRow,
  type SwotRow,
  type SwotStrategyRow,
  type TextRow,
  type EvaluationRow,
  type PreviousReasonsRequest,
  type Effect,
  type OpinionMethod,
  type PestleCategory,
  type StakeholderKind,
  type SwotKind,
  type SwotStrategyKind,
  type Trend,
} from '../../../contracts/analysis.js';
import {
  IsOptionalNotNull,
  IsTextList,
  ListOf,
  OptionalObjectOf,
  IsCode,
} from '../../../common/validators.js';
import { TEXT_LIMITS } from '../../plans/plan-document-parser.js';

/** A text of at most `max` characters: required and not blank, or optional (and then not null). */
function Text(max: keyof typeof TEXT_LIMITS, optional = false): PropertyDecorator {
  const checks = [IsString(), IsNotEmpty(), MaxLength(TEXT_LIMITS[max])];
  return applyDecorators(...(optional ? [IsOptionalNotNull(), ...checks] : checks));
}

/** A stakeholder score: a whole number 1–5. */
function Score(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ minimum: SCORE_MIN, maximum: SCORE_MAX }),
    IsInt(),
    Min(SCORE_MIN),
    Max(SCORE_MAX),
  );
}

/**
 * What every row of every part takes beside its fields: where it goes (1-based, the end by
 * default; on a PATCH, where it moves) and, on a PATCH, the version read.
 */
export class AnalysisRowPlacement {
  @ApiPropertyOptional({ minimum: 1 }) @IsOptionalNotNull() @IsInt() @Min(1) @Max(10000) position?: number;
  @ApiPropertyOptional({ minimum: 1, description: 'PATCH: the version read' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  version?: number;
}

export class TextRowDto extends AnalysisRowPlacement implements TextRow {
  @ApiProperty() @Text('long') text!: string;
}

/** Part B: a row of the evaluation, optionally the reason for a target of the previous plan. */
export class EvaluationRowDto extends AnalysisRowPlacement implements EvaluationRow {
  @ApiProperty() @Text('long') text!: string;
  @ApiPropertyOptional({ example: 'H1.1', description: 'A target code of the previous plan' })
  @Text('code', true)
  previousTarget?: string;
}

export class LegalRowDto extends AnalysisRowPlacement implements LegalRow {
  @ApiProperty({ description: 'Yasal yükümlülük' }) @Text('long') duty!: string;
  @ApiProperty({ description: 'Dayanak', example: '5393 sayılı Belediye Kanunu md. 14' })
  @Text('name')
  basis!: string;
  @ApiPropertyOptional({ description: 'Tespitler' }) @Text('long', true) findings?: string;
  @ApiPropertyOptional({ description: 'İhtiyaçlar' }) @Text('long', true) needs?: string;
}

export class PolicyRowDto extends AnalysisRowPlacement implements PolicyRow {
  @ApiProperty({ example: 'On İkinci Kalkınma Planı' }) @Text('name') document!: string;
  @ApiPropertyOptional({ description: 'İlgili bölüm/referans' }) @Text('name', true) reference?: string;
  @ApiProperty({ description: 'Verilen görev/ihtiyaçlar' }) @Text('long') duty!: string;
}

export class ActivityRowDto extends AnalysisRowPlacement implements ActivityFieldRow {
  @ApiProperty({ example: 'Park ve yeşil alanlar' }) @Text('name') field!: string;
  @ApiProperty({ type: [String], description: 'Ürün/hizmetler' }) @IsTextList() services!: string[];
}

export class StakeholderRowDto extends AnalysisRowPlacement implements StakeholderRow {
  @ApiProperty({ example: 'Kent Konseyi' }) @Text('name') name!: string;
  @ApiProperty({ enum: STAKEHOLDER_KINDS, description: 'iç (ic) or dış (dis)' })
  @IsIn(STAKEHOLDER_KINDS)
  kind!: StakeholderKind;
  @Score() importance!: number;
  @Score() influence!: number;
  @ApiPropertyOptional({ enum: OPINION_METHODS })
  @IsOptionalNotNull()
  @IsIn(OPINION_METHODS)
  method?: OpinionMethod;
  @ApiPropertyOptional({ description: 'What they said' }) @Text('long', true) opinion?: string;
}

export class InternalRowDto extends AnalysisRowPlacement implements InternalRow {
  @ApiProperty({ example: 'İnsan kaynakları' }) @Text('name') topic!: string;
  @ApiProperty() @Text('long') text!: string;
}

export class PestleRowDto extends AnalysisRowPlacement implements PestleRow {
  @ApiProperty({ enum: PESTLE_CATEGORIES }) @IsIn(PESTLE_CATEGORIES) category!: PestleCategory;
  @ApiProperty() @Text('long') factor!: string;
  @ApiProperty({ enum: TRENDS }) @IsIn(TRENDS) trend!: Trend;
  @ApiProperty({ enum: EFFECTS }) @IsIn(EFFECTS) effect!: Effect;
}

export class SwotRowDto extends AnalysisRowPlacement implements SwotRow {
  @ApiProperty({ enum: SWOT_KINDS }) @IsIn(SWOT_KINDS) kind!: SwotKind;
  @ApiProperty() @Text('long') text!: string;
}

export class StrategyRowDto extends AnalysisRowPlacement implements SwotStrategyRow {
  @ApiProperty({ enum: SWOT_STRATEGY_KINDS }) @IsIn(SWOT_STRATEGY_KINDS) kind!: SwotStrategyKind;
  @ApiProperty() @Text('long') text!: string;
}

/** The body class of each part: a POST is checked as given, a PATCH on the row as it would be. */
export const ROW_DTOS: Record<AnalysisPart, new () => AnalysisRowPlacement> = {
  history: TextRowDto,
  evaluation: EvaluationRowDto,
  legal: LegalRowDto,
  policy: PolicyRowDto,
  activities: ActivityRowDto,
  stakeholders: StakeholderRowDto,
  internal: InternalRowDto,
  pestle: PestleRowDto,
  swot: SwotRowDto,
  strategies: StrategyRowDto,
};

export class AnalysisOriginDto {
  @ApiProperty({ enum: ANALYSIS_PARTS }) @IsIn(ANALYSIS_PARTS) part!: AnalysisPart;
  @ApiPropertyOptional({ nullable: true, description: 'A row of that part' })
  @IsOptional()
  @IsUUID()
  rowId?: string | null;
}

/** What a finding or need takes in a create and a change alike: its code, origin and place. */
class AnalysisItemFields {
  @ApiPropertyOptional({
    example: 'T1',
    description: 'Unique in the plan; T1, İ1… when left out of a create',
  })
  @IsOptionalNotNull()
  @IsCode()
  code?: string;
  @OptionalObjectOf(AnalysisOriginDto, { nullable: true }, IsOptional) origin?: AnalysisOriginDto | null;
  @ApiPropertyOptional({ minimum: 1 }) @IsOptionalNotNull() @IsInt() @Min(1) @Max(10000) position?: number;
}

export class CreateAnalysisItemDto extends AnalysisItemFields {
  @ApiProperty({ enum: ANALYSIS_ITEM_KINDS }) @IsIn(ANALYSIS_ITEM_KINDS) kind!: AnalysisItemKind;
  @ApiProperty() @Text('long') text!: string;
}

export class UpdateAnalysisItemDto extends AnalysisItemFields {
  @ApiPropertyOptional({ minimum: 1 }) @IsOptionalNotNull() @IsInt() @Min(1) version?: number;
  @ApiPropertyOptional({ enum: ANALYSIS_ITEM_KINDS })
  @IsOptionalNotNull()
  @IsIn(ANALYSIS_ITEM_KINDS)
  kind?: AnalysisItemKind;
  @ApiPropertyOptional() @Text('long', true) text?: string;
}

export class CreateAnalysisLinkDto {
  @ApiProperty({ example: 'İ1', description: 'A finding or need of this plan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.code)
  code!: string;
  @ApiProperty({ example: 'H1.1', description: 'A target of this plan: its code or its id' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  target!: string;
}

export class PreviousReasonDto {
  @ApiProperty({ example: 'H1.1', description: 'A target code of the previous plan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.code)
  target!: string;
  @ApiProperty({ nullable: true, description: 'The reason; null removes it' })
  @ValidateIf((reason: PreviousReasonDto) => reason.reason !== null)
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.long)
  @Matches(/\S/)
  reason!: string | null;
  @ApiPropertyOptional({ minimum: 1, description: 'The reason row’s version read' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  version?: number;
}

export class PreviousReasonsDto implements PreviousReasonsRequest {
  @ListOf(PreviousReasonDto, { min: 1, max: 1000 }) reasons!: PreviousReasonDto[];
}
