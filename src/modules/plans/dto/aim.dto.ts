import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import { IsOptionalNotNull, IsText, IsCode } from '../../../common/validators.js';

export class CreateAimDto {
  @ApiPropertyOptional({ example: 'A1', description: 'Left out: the next free number (A<n>)' })
  @IsOptionalNotNull()
  @IsCode({ message: 'code must be a short code such as A1' })
  code?: string;
  @ApiProperty() @IsText(500) title!: string;
}

export class UpdateAimDto {
  /** The version the client read: a different stored version answers 409 STALE_VERSION with the record as it is. */
  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @IsInt() @Min(1) version?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsText(500) title?: string;
}
