import { ApiProperty } from '@nestjs/swagger';
import type { PasswordResetRequest, ResetPasswordRequest, VerifyEmailRequest } from '@inclusieplein/contract';
import { LIMITS } from '@inclusieplein/contract';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';

/** Tokens are 43 base64url characters. The limit leaves room and stops huge inputs before hashing. */
const MAX_TOKEN_LENGTH = 200;

export class VerifyEmailDto implements VerifyEmailRequest {
  @ApiProperty({ description: 'Token from the link in the verification mail' })
  @IsString({ message: 'must be text' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(MAX_TOKEN_LENGTH, { context: { max: MAX_TOKEN_LENGTH } })
  token: string;
}

export class PasswordResetRequestDto implements PasswordResetRequest {
  @ApiProperty({ example: 'anna@example.org' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString({ message: 'must be text' })
  @IsNotEmpty({ message: 'is required' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(LIMITS.email.max, { context: { max: LIMITS.email.max } })
  email: string;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty({ description: 'Token from the link in the password reset mail' })
  @IsString({ message: 'must be text' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(MAX_TOKEN_LENGTH, { context: { max: MAX_TOKEN_LENGTH } })
  token: string;

  @ApiProperty({ format: 'password', minLength: LIMITS.password.min, maxLength: LIMITS.password.max })
  @IsString({ message: 'must be text' })
  @IsNotEmpty({ message: 'is required' })
  @MinLength(LIMITS.password.min, { context: { min: LIMITS.password.min }, message: `must be at least ${LIMITS.password.min} characters` })
  @MaxLength(LIMITS.password.max, { context: { max: LIMITS.password.max }, message: `must be at most ${LIMITS.password.max} characters` })
  password: string;
}
