import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CurrentUser,
  LoginRequest,
  PersonSummary,
  RegisterRequest,
  SessionResponse,
  UpdateProfileRequest,
} from '@inclusieplein/contract';
import { LIMITS } from '@inclusieplein/contract';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { OptionalText, RequiredText } from '../common/validation';
import { MunicipalityDto } from '../reference-data/reference-data.dto';

const normaliseEmail = Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'anna@example.org' })
  @normaliseEmail
  @IsString({ message: 'must be text' })
  @IsNotEmpty({ message: 'is required' })
  email: string;

  @ApiProperty({ format: 'password' })
  @IsString({ message: 'must be text' })
  @IsNotEmpty({ message: 'is required' })
  password: string;
}

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'anna@example.org', maxLength: LIMITS.email.max })
  @normaliseEmail
  @IsString({ message: 'must be text' })
  @IsNotEmpty({ message: 'is required' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(LIMITS.email.max, { context: { max: LIMITS.email.max } })
  email: string;

  @ApiProperty({ format: 'password', minLength: LIMITS.password.min, maxLength: LIMITS.password.max })
  @IsString({ message: 'must be text' })
  @IsNotEmpty({ message: 'is required' })
  @MinLength(LIMITS.password.min, { context: { min: LIMITS.password.min }, message: `must be at least ${LIMITS.password.min} characters` })
  @MaxLength(LIMITS.password.max, { context: { max: LIMITS.password.max }, message: `must be at most ${LIMITS.password.max} characters` })
  password: string;

  @RequiredText({ ...LIMITS.displayName, example: 'Anna de Vries' })
  displayName: string;

  @OptionalText({ max: 6, nullable: true, example: 'GM0363', description: 'CBS code of the municipality' })
  municipalityCode?: string | null;

  @OptionalText({ ...LIMITS.roleDescription, nullable: true, example: 'ervaringsdeskundige' })
  roleDescription?: string | null;
}

export class UpdateProfileDto implements UpdateProfileRequest {
  @RequiredText({ ...LIMITS.displayName, example: 'Anna de Vries' })
  displayName: string;

  @OptionalText({ max: 6, nullable: true, example: 'GM0363' })
  municipalityCode: string | null;

  @OptionalText({ ...LIMITS.roleDescription, nullable: true, example: 'beleidsmedewerker gemeente' })
  roleDescription: string | null;
}

export class CurrentUserDto implements CurrentUser {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  displayName: string;

  @ApiPropertyOptional({ type: MunicipalityDto, nullable: true })
  municipality: MunicipalityDto | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  roleDescription: string | null;

  @ApiProperty()
  isAdmin: boolean;

  @ApiProperty({ description: 'May add documents to the platform-wide library' })
  isLibraryEditor: boolean;

  @ApiProperty({ description: 'Whether the person opened the link in the verification mail' })
  emailVerified: boolean;
}

export class SessionResponseDto implements SessionResponse {
  @ApiPropertyOptional({ type: CurrentUserDto, nullable: true })
  user: CurrentUserDto | null;
}

export class PersonSummaryDto implements PersonSummary {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  displayName: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  roleDescription: string | null;
}
