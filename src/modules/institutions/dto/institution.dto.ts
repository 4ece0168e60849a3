import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { INSTITUTION_KINDS, type InstitutionKind } from '../../../contracts/plan-document.js';
import type { CreateInstitutionRequest, CreateUnitRequest } from '../../../contracts/resources.js';
import { IsOptionalNotNull, IsText, IsCode } from '../../../common/validators.js';

export class CreateInstitutionDto implements CreateInstitutionRequest {
  @ApiProperty({ example: 'Örnek Belediyesi' }) @IsText(500) name!: string;
  @ApiProperty({ enum: INSTITUTION_KINDS }) @IsIn(INSTITUTION_KINDS) kind!: InstitutionKind;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(2147483647) population?: number;
}

export class UpdateInstitutionDto implements Partial<CreateInstitutionRequest> {
  /** The version the client read: a different stored version answers 409 STALE_VERSION with the record as it is. */
  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @IsInt() @Min(1) version?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsText(500) name?: string;
  @ApiPropertyOptional({ enum: INSTITUTION_KINDS })
  @IsOptionalNotNull()
  @IsIn(INSTITUTION_KINDS)
  kind?: InstitutionKind;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(2147483647) population?: number;
}

export class CreateUnitDto implements CreateUnitRequest {
  @ApiProperty({ example: 'PARK' })
  @IsCode({ message: 'code must be a short code such as PARK' })
  code!: string;
  @ApiProperty({ example: 'Park ve Bahçeler Müdürlüğü' })
  @IsText(500)
  name!: string;
  @ApiPropertyOptional() @IsOptional() @IsCode() parent?: string;
}

export class UpdateUnitDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsText(500) name?: string;
  /** null moves the unit to the top of the tree. */
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCode() parent?: string | null;
}
