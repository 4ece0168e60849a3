import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CODE_PATTERN, IsOptionalNotNull } from '../../../common/validators.js';

export class CreateAimDto {
  @ApiProperty({ example: 'A1' })
  @IsString()
  @Matches(CODE_PATTERN, { message: 'code must be a short code such as A1' })
  code!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(500) title!: string;
}

export class UpdateAimDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @IsNotEmpty() @MaxLength(500) title?: string;
}
