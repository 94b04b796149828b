import type { FieldProblem } from '../api/errorText';

export interface FieldRule {
  required?: boolean;
  min?: number;
  max?: number;
  email?: boolean;
  url?: boolean;
}

// A deliberately loose check: the server decides; this only catches obvious typing mistakes.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Checks one text value in the browser, with the same codes the server uses. */
export function checkText(value: string, rule: FieldRule): FieldProblem | null {
  const trimmed = value.trim();
  if (trimmed.length === 0) {
    return rule.required ? { code: 'required' } : null;
  }
  if (rule.min !== undefined && trimmed.length < rule.min) {
    return { code: 'too_short', params: { min: rule.min } };
  }
  if (rule.max !== undefined && value.length > rule.max) {
    return { code: 'too_long', params: { max: rule.max, count: value.length } };
  }
  if (rule.email && !EMAIL_PATTERN.test(trimmed)) {
    return { code: 'invalid_email' };
  }
  if (rule.url && !isHttpUrl(trimmed)) {
    return { code: 'invalid_url' };
  }
  return null;
}

/** Runs `checkText` for every field that has a rule and returns the problems found. */
export function checkAll<K extends string>(
  values: Record<K, string>,
  rules: Partial<Record<K, FieldRule>>,
): Partial<Record<K, FieldProblem>> {
  const problems: Partial<Record<K, FieldProblem>> = {};
  for (const name of Object.keys(rules) as K[]) {
    const rule = rules[name];
    const problem = rule ? checkText(values[name], rule) : null;
    if (problem) {
      problems[name] = problem;
    }
  }
  return problems;
}
