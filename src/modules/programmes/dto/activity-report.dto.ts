import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type {
  MeasureTransitionRequest,
  PutEvaluationRequest,
  PutMeasureRequest,
  ReturnMeasureRequest,
} from '../../../contracts/activity-report.js';
import { IsText, OptionalListOf, VersionRead } from '../../../common/validators.js';
import { VALUE_TEXT_MAX } from '../../indicators/value-rules.js';

/** A text that says something (not only blanks), of at most 4000 characters. */
const SOMETHING = /\S/;

export class MeasureTransitionDto implements MeasureTransitionRequest {
  @VersionRead() version?: number;
}

export class PutMeasureDto extends MeasureTransitionDto implements PutMeasureRequest {
  @ApiProperty({
    description: 'Alınan/Alınacak Önlemler: what the unit did or will do about the target’s deviations',
  })
  @Matches(SOMETHING)
  @IsText(VALUE_TEXT_MAX)
  measures!: string;
}

export class ReturnMeasureDto extends MeasureTransitionDto implements ReturnMeasureRequest {
  @ApiProperty({ description: 'Why the measures go back to the unit' })
  @Matches(SOMETHING)
  @IsText(VALUE_TEXT_MAX)
  comment!: string;
}

/** A criterion's text: left out keeps it, null or blank clears it. */
function CriterionText(description: string): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional({ description, nullable: true, maxLength: VALUE_TEXT_MAX })(target, key);
    IsOptional()(target, key);
    IsString()(target, key);
    MaxLength(VALUE_TEXT_MAX)(target, key);
  };
}

export class IndicatorEvaluationDto {
  @ApiProperty({ example: 'PG1.1.1', description: 'The indicator’s code' })
  @IsText(64)
  indicator!: string;

  @CriterionText('İlgililik') relevance?: string | null;
  @CriterionText('Etkililik') effectiveness?: string | null;
  @CriterionText('Etkinlik (efficiency)') efficiency?: string | null;
  @CriterionText('Sürdürülebilirlik') sustainability?: string | null;
  @CriterionText('Etki (impact), optional') impact?: string | null;
}

export class PutEvaluationDto implements PutEvaluationRequest {
  @CriterionText('Performans Bilgi Sisteminin Değerlendirilmesi') informationSystem?: string | null;

  @VersionRead() version?: number;

  @OptionalListOf(IndicatorEvaluationDto, 2000, 'The indicators’ texts; indicators left out keep theirs')
  indicators?: IndicatorEvaluationDto[];
}
