import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  ROLES,
  type ChangePasswordRequest,
  type CreateUserRequest,
  type LoginRequest,
  type PutMembershipRequest,
  type ResetPasswordRequest,
  type Role,
} from '../../../contracts/auth.js';
import { CODE_PATTERN } from '../../../common/validators.js';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'admin@pusula.local' }) @IsString() @MaxLength(320) email!: string;
  @ApiProperty() @IsString() @MaxLength(200) password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty() @IsString() @MaxLength(200) currentPassword!: string;
  @ApiProperty({ minLength: 10 }) @IsString() @MinLength(10) @MaxLength(200) newPassword!: string;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty({ description: 'The token of the reset link' }) @IsString() @MaxLength(200) token!: string;
  @ApiProperty({ minLength: 10 }) @IsString() @MinLength(10) @MaxLength(200) newPassword!: string;
}

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty() @IsEmail() @MaxLength(320) email!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ minLength: 10 }) @IsString() @MinLength(10) @MaxLength(200) password!: string;
  @ApiPropertyOptional({ description: 'Only a superadmin may create another superadmin' })
  @IsOptional()
  @IsBoolean()
  isSuperadmin?: boolean;
}

export class PutMembershipDto implements PutMembershipRequest {
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role!: Role;
  @ApiPropertyOptional({ type: [String], description: 'Unit codes, for unit managers' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(CODE_PATTERN, { each: true })
  units?: string[];
}
