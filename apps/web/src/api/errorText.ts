import type { FieldError, FieldErrorCode } from '@inclusieplein/contract';
import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from './client';

/** Code and values of one field problem, found by the browser or by the server. */
export type FieldProblem = Pick<FieldError, 'code' | 'params'>;

export function isNotAuthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'not_authenticated';
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'not_found';
}

/** Turns any error of an API call into one Dutch (or English) sentence for the person. */
export function describeError(t: TFunction, error: unknown): string {
  if (error instanceof NetworkError) {
    return t('errors.network');
  }
  if (error instanceof ApiError) {
    const detailed = describeLimitError(t, error);
    if (detailed) {
      return detailed;
    }
    const text = t(`errors.code.${error.code}`, { defaultValue: t('errors.code.internal_error') });
    // The support code helps only with a server fault. For a mistake such as a wrong password it is noise.
    const showCode = error.status >= 500 && error.body.requestId;
    return showCode ? `${text} ${t('errors.requestId', { id: error.body.requestId })}` : text;
  }
  return t('errors.unknown');
}

/**
 * Returns the sentence for a posting limit or a mute that names when the person may post again,
 * or null for other errors and when the server sent no time.
 */
function describeLimitError(t: TFunction, error: ApiError): string | null {
  if (error.code === 'too_many_requests' && typeof error.body.retryAfterSeconds === 'number') {
    const seconds = Math.max(1, Math.ceil(error.body.retryAfterSeconds));
    return seconds < 60
      ? t('errors.retryAfterSeconds', { count: seconds })
      : t('errors.retryAfterMinutes', { count: Math.ceil(seconds / 60) });
  }
  if (error.code === 'member_muted' && error.body.mutedUntil) {
    const locale = t('errors.dateLocale');
    const until = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(error.body.mutedUntil));
    return t('errors.mutedUntil', { date: until });
  }
  return null;
}

/** Turns the code of a field problem into a sentence that names the field. */
export function describeFieldProblem(t: TFunction, problem: FieldProblem, label: string): string {
  const code: FieldErrorCode = problem.code;
  const params = problem.params ?? {};
  return t(`errors.field.${code}`, { ...params, label, defaultValue: t('errors.field.invalid', { label }) });
}

/**
 * Returns the field problems of a rejected request, keyed by top-level field name.
 * Nested names such as `municipalityCodes.0` count for `municipalityCodes`.
 */
export function fieldProblems(error: unknown): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  if (!(error instanceof ApiError) || !error.body.errors) {
    return problems;
  }
  for (const fieldError of error.body.errors) {
    const name = fieldError.field.split('.')[0];
    problems[name] ??= { code: fieldError.code, params: fieldError.params };
  }
  return problems;
}
