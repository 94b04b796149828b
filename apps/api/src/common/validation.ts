import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldError, FieldErrorCode } from '@inclusieplein/contract';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { fieldError, validationFailed } from './api-error';

/** Maps class-validator constraint names to the contract's field error codes. */
const CONSTRAINT_CODES: Record<string, FieldErrorCode> = {
  isNotEmpty: 'required',
  isDefined: 'required',
  minLength: 'too_short',
  maxLength: 'too_long',
  isEmail: 'invalid_email',
  isUrl: 'invalid_url',
  whitelistValidation: 'not_allowed',
};

/** Order in which constraints are reported when a field breaks several: the most basic first. */
const CONSTRAINT_PRIORITY = ['isDefined', 'isNotEmpty', 'isString', 'whitelistValidation', 'minLength', 'maxLength'];

function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const nested = error.children?.length ? toFieldErrors(error.children, field) : [];
    if (!error.constraints) return nested;

    const names = Object.keys(error.constraints).sort(
      (a, b) => (CONSTRAINT_PRIORITY.indexOf(a) + 1 || 99) - (CONSTRAINT_PRIORITY.indexOf(b) + 1 || 99),
    );
    const name = names[0];
    const params = error.contexts?.[name] as Record<string, number | string> | undefined;
    return [fieldError(field, CONSTRAINT_CODES[name] ?? 'invalid', error.constraints[name], params), ...nested];
  });
}

/** Global pipe: transforms bodies into DTO classes, strips nothing silently and rejects unknown fields. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => validationFailed(...toFieldErrors(errors)),
  });
}

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

interface TextOptions {
  min?: number;
  max: number;
  example?: string;
  description?: string;
}

/** Declares a required text field, trimmed, with length limits that reach the client as `params`. */
export function RequiredText(options: TextOptions): PropertyDecorator {
  const decorators = [
    ApiProperty({ minLength: options.min ?? 1, maxLength: options.max, example: options.example, description: options.description }),
    trim,
    IsString({ message: 'must be text' }),
    IsNotEmpty({ message: 'is required' }),
    MaxLength(options.max, { context: { max: options.max }, message: `must be at most ${options.max} characters` }),
  ];
  if (options.min !== undefined && options.min > 1) {
    decorators.push(
      MinLength(options.min, { context: { min: options.min }, message: `must be at least ${options.min} characters` }),
    );
  }
  return applyDecorators(...decorators);
}

/** Declares an optional text field. Empty text is stored as an empty string or, where `nullable`, as null. */
export function OptionalText(options: TextOptions & { nullable?: boolean }): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ maxLength: options.max, example: options.example, nullable: options.nullable, description: options.description }),
    Transform(({ value }) => {
      if (typeof value !== 'string') return value;
      const trimmed = value.trim();
      return trimmed === '' && options.nullable ? null : trimmed;
    }),
    IsOptional(),
    IsString({ message: 'must be text' }),
    MaxLength(options.max, { context: { max: options.max }, message: `must be at most ${options.max} characters` }),
  );
}
