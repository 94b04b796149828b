import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiErrorBody, ApiErrorCode, FieldError, FieldErrorCode } from '@inclusieplein/contract';

/** Fields an error body may carry besides the code, such as `retryAfterSeconds`. */
export type ApiErrorExtras = Pick<ApiErrorBody, 'retryAfterSeconds' | 'mutedUntil' | 'currentCodeOfConductVersion'>;

/** An HTTP error whose body is the contract's ApiErrorBody; the exception filter sends it as it is. */
export class ApiException extends HttpException {
  constructor(status: HttpStatus, code: ApiErrorCode, message: string, errors?: FieldError[], extras?: ApiErrorExtras) {
    const body: ApiErrorBody = { statusCode: status, code, message, ...(errors ? { errors } : {}), ...extras };
    super(body, status);
  }
}

export function fieldError(
  field: string,
  code: FieldErrorCode,
  message: string,
  params?: Record<string, number | string>,
): FieldError {
  return { field, code, message, ...(params ? { params } : {}) };
}

/** 400 for one or more invalid fields. */
export function validationFailed(...errors: FieldError[]): ApiException {
  return new ApiException(HttpStatus.BAD_REQUEST, 'validation_failed', 'One or more fields are invalid.', errors);
}

export const notFound = (resource: string): ApiException =>
  new ApiException(HttpStatus.NOT_FOUND, 'not_found', `${resource} was not found.`);

export const forbidden = (message = 'You may not do this.'): ApiException =>
  new ApiException(HttpStatus.FORBIDDEN, 'forbidden', message);

export const notAuthenticated = (): ApiException =>
  new ApiException(HttpStatus.UNAUTHORIZED, 'not_authenticated', 'Log in first.');

export const conflict = (code: ApiErrorCode, message: string): ApiException =>
  new ApiException(HttpStatus.CONFLICT, code, message);
