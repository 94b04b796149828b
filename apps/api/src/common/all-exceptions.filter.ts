import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiErrorBody, ApiErrorCode } from '@inclusieplein/contract';
import type { Request, Response } from 'express';

const STATUS_CODES: Partial<Record<number, ApiErrorCode>> = {
  400: 'validation_failed',
  401: 'not_authenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  429: 'too_many_requests',
};

/** Errors from express' body parser, which run before Nest and carry their own status. */
interface BodyParserError {
  type: string;
  status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

/**
 * Turns every error into an ApiErrorBody. Expected HTTP errors pass through; anything else is
 * logged with the request id and returned as 500 without internal details.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request & { id?: string }>();
    const requestId = request.id === undefined ? undefined : String(request.id);

    const body = this.toBody(exception, request, requestId);
    response.status(body.statusCode).json({ ...body, requestId });
  }

  private toBody(exception: unknown, request: Request, requestId: string | undefined): ApiErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'object' && payload !== null && 'code' in payload) return payload as ApiErrorBody;
      const message = typeof payload === 'string' ? payload : exception.message;
      return { statusCode: status, code: STATUS_CODES[status] ?? (status >= 500 ? 'internal_error' : 'conflict'), message };
    }
    if (isBodyParserError(exception) && exception.status >= 400 && exception.status < 500) {
      const message =
        exception.type === 'entity.too.large' ? 'The request body is too large.' : 'The request body is not valid JSON.';
      return { statusCode: exception.status, code: 'validation_failed', message, errors: [] };
    }
    this.logger.error({ err: exception, requestId, method: request.method, url: request.url }, 'unhandled error');
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'internal_error',
      message: 'Something went wrong on the server; quote the request id when you report it.',
    };
  }
}
