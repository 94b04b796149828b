import type { ApiErrorBody, ApiErrorCode } from '@inclusieplein/contract';

/** Error of an API call that reached the server; `body` is the server's error shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = body.statusCode;
    this.body = body;
  }

  get code(): ApiErrorCode {
    return this.body.code;
  }
}

/** Error of an API call that received no response, such as after a lost connection. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The request to the API failed before a response arrived.', { cause });
    this.name = 'NetworkError';
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

let onNotAuthenticated: (() => void) | null = null;

/** Registers the function to call when any request fails with `not_authenticated`, such as after the session expired. */
export function setNotAuthenticatedHandler(handler: (() => void) | null): void {
  onNotAuthenticated = handler;
}

const fallbackCodes: Record<number, ApiErrorCode> = {
  400: 'validation_failed',
  401: 'not_authenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'file_too_large',
  415: 'unsupported_file_type',
  429: 'too_many_requests',
};

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'code' in value && 'statusCode' in value;
}

/**
 * Builds an error body for responses without the API's JSON error shape,
 * such as a proxy's 502 page or a 429 from a rate limiter in front of the API.
 */
function fallbackBody(status: number, statusText: string): ApiErrorBody {
  return { statusCode: status, code: fallbackCodes[status] ?? 'internal_error', message: statusText };
}

/**
 * Sends one request to the API with the session cookie and returns the parsed JSON body.
 * Throws `ApiError` for responses with status 400 or higher and `NetworkError` when no response arrives.
 * Returns `undefined` for 204 No Content.
 */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new NetworkError(error);
  }

  if (response.status === 204) {
    return undefined as T;
  }

  const text = await response.text();
  let parsed: unknown = undefined;
  if (text.length > 0) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }

  if (!response.ok) {
    throw apiErrorOf(response.status, response.statusText, parsed);
  }
  return parsed as T;
}

/**
 * Builds the `ApiError` of a failed response from its status and parsed JSON body, and calls the
 * not-authenticated handler when the session has ended. Also used by the upload, which sends
 * through XMLHttpRequest to get progress events.
 */
export function apiErrorOf(status: number, statusText: string, parsed: unknown): ApiError {
  const error = new ApiError(isApiErrorBody(parsed) ? parsed : fallbackBody(status, statusText));
  if (error.code === 'not_authenticated') {
    onNotAuthenticated?.();
  }
  return error;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};
