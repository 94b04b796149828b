import type { ApiErrorBody } from '@inclusieplein/contract';

/** Maps each field of a 400 response to its error code, so one assertion shows every field error. */
export function fieldCodes(body: ApiErrorBody): Record<string, string> {
  return Object.fromEntries((body.errors ?? []).map((error) => [error.field, error.code]));
}
