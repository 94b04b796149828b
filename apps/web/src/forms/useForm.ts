import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFieldProblem, fieldProblems, type FieldProblem } from '../api/errorText';
import { focusElement } from '../a11y/focus';

export interface SummaryItem {
  targetId: string;
  message: string;
}

export interface FormController {
  /** Prefix of the ids of this form's fields, so two forms on one page never share an id. */
  formId: string;
  fieldId: (name: string) => string;
  /** Dutch message for a field, or undefined when the field is fine. */
  errorFor: (name: string) => string | undefined;
  /** Field messages in the order of `labels`, for the error summary. */
  summary: SummaryItem[];
  /** Problem of the whole request that belongs to no field, such as a lost connection. */
  generalError: unknown;
  /** Increases on every failed submit; the error summary takes focus when it changes. */
  attempt: number;
  showProblems: (problems: Partial<Record<string, FieldProblem>>) => void;
  /** Shows the server's field errors beside the fields, and any other problem in the summary. */
  showServerError: (error: unknown) => void;
  clearErrors: () => void;
}

/**
 * Keeps the error state of one form. `labels` contains the visible label of each field,
 * and its order is the order of the error summary.
 */
export function useForm(formId: string, labels: Record<string, string>): FormController {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<Partial<Record<string, FieldProblem>>>({});
  const [generalError, setGeneralError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);

  const fieldId = useCallback((name: string) => `${formId}-${name}`, [formId]);

  const errorFor = useCallback(
    (name: string) => {
      const problem = problems[name];
      return problem ? describeFieldProblem(t, problem, labels[name] ?? name) : undefined;
    },
    [problems, labels, t],
  );

  const summary = useMemo(() => {
    const known = Object.keys(labels);
    const unknown = Object.keys(problems).filter((name) => !known.includes(name));
    return [...known, ...unknown]
      .filter((name) => problems[name])
      .map((name) => ({ targetId: fieldId(name), message: errorFor(name) ?? '' }));
  }, [labels, problems, fieldId, errorFor]);

  const showProblems = useCallback((next: Partial<Record<string, FieldProblem>>) => {
    setProblems(next);
    setGeneralError(undefined);
    setAttempt((count) => count + 1);
  }, []);

  const showServerError = useCallback((error: unknown) => {
    const fromServer = fieldProblems(error);
    const hasFields = Object.keys(fromServer).length > 0;
    setProblems(fromServer);
    setGeneralError(hasFields ? undefined : error);
    setAttempt((count) => count + 1);
  }, []);

  const clearErrors = useCallback(() => {
    setProblems({});
    setGeneralError(undefined);
  }, []);

  return { formId, fieldId, errorFor, summary, generalError, attempt, showProblems, showServerError, clearErrors };
}

/** Returns true when the problems object has at least one entry. */
export function hasProblems(problems: Partial<Record<string, FieldProblem>>): boolean {
  return Object.values(problems).some(Boolean);
}

/** Focuses `element` when `attempt` changes to a value above 0. */
export function useFocusOnAttempt(attempt: number, element: RefObject<HTMLElement | null>, active: boolean): void {
  const lastAttempt = useRef(0);
  useEffect(() => {
    if (active && attempt > lastAttempt.current) {
      focusElement(element.current);
    }
    lastAttempt.current = attempt;
  }, [attempt, active, element]);
}
