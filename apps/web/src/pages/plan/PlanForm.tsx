import { LIMITS } from '@inclusieplein/contract';
import { Button } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { networkApi, referenceApi } from '../../api/endpoints';
import type { FieldProblem } from '../../api/errorText';
import { useApi } from '../../api/useApi';
import { CrpdArticlePicker } from '../../forms/CrpdArticlePicker';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField, TextField } from '../../forms/fields';
import { MarkdownHint } from '../../forms/MarkdownHint';
import { MunicipalityPicker } from '../../forms/MunicipalityPicker';
import { hasProblems, type FormController } from '../../forms/useForm';
import { ActionsEditor } from './ActionsEditor';
import { actionField, checkPlan, type PlanFormValues } from './planValues';

/** Field names of the API's nested action errors, such as `actions.2.deadline`, mapped to the form's names. */
const ACTION_FIELDS: Record<string, string> = {
  description: 'description',
  deadline: 'deadline',
  responsibleMemberId: 'member',
  responsibleOrganisation: 'organisation',
  status: 'status',
};

/** Field problems of a rejected save, with each action's problems on that action's field. */
function serverProblems(error: unknown): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  if (!(error instanceof ApiError) || !error.body.errors) {
    return problems;
  }
  for (const fieldError of error.body.errors) {
    const [name, index, field] = fieldError.field.split('.');
    const key = name === 'actions' && index !== undefined && field && ACTION_FIELDS[field] ? `action-${index}-${ACTION_FIELDS[field]}` : name;
    problems[key] ??= { code: fieldError.code, params: fieldError.params };
  }
  return problems;
}

/** Visible labels of the plan form, in the order of the error summary. */
export function usePlanLabels(values: PlanFormValues, withChangeSummary: boolean): Record<string, string> {
  const { t } = useTranslation();
  return useMemo(() => {
    const labels: Record<string, string> = {
      title: t('plans.form.title'),
      summary: t('plans.form.summary'),
      body: t('plans.form.body'),
      municipalityCodes: t('networkForm.municipalities.legend'),
      crpdArticleNumbers: t('networkForm.crpd.legend'),
      actions: t('plans.form.actions.legend'),
    };
    values.actions.forEach((_row, index) => {
      const prefix = t('plans.form.actions.heading', { number: index + 1 });
      labels[actionField(index, 'description')] = `${prefix}, ${t('plans.form.actions.description')}`;
      labels[`action-${index}-member`] = `${prefix}, ${t('plans.form.actions.member')}`;
      labels[`action-${index}-organisation`] = `${prefix}, ${t('plans.form.actions.organisation')}`;
      labels[actionField(index, 'deadline')] = `${prefix}, ${t('plans.form.actions.deadline')}`;
      labels[`action-${index}-status`] = `${prefix}, ${t('plans.form.actions.status')}`;
    });
    if (withChangeSummary) {
      labels.changeSummary = t('plans.form.changeSummary');
    }
    return labels;
  }, [t, values.actions, withChangeSummary]);
}

interface PlanFormProps {
  form: FormController;
  slug: string;
  values: PlanFormValues;
  onChange: (values: PlanFormValues) => void;
  submitLabel: string;
  /** Extra fields before the submit button, such as the change summary of an edit. */
  extraFields?: ReactNode;
  /** Extra problems of the extra fields, checked together with the plan's fields. */
  checkExtra?: () => Record<string, FieldProblem>;
  /** Saves the values. Throw the API error to show it in the form. */
  onSubmit: (values: PlanFormValues) => Promise<void>;
}

/** Fields of a plan, shared by the create and edit pages. The page keeps the values, so it can replace them after a conflict. */
export function PlanForm({ form, slug, values, onChange, submitLabel, extraFields, checkExtra, onSubmit }: PlanFormProps) {
  const { t } = useTranslation();
  const articles = useApi(() => referenceApi.crpdArticles(), []);
  const municipalities = useApi(() => referenceApi.municipalities(), []);
  const members = useApi(() => networkApi.members(slug), [slug]);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof PlanFormValues>(name: K) => (value: PlanFormValues[K]) => onChange({ ...values, [name]: value });

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const problems = { ...checkPlan(values), ...(checkExtra?.() ?? {}) };
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(values);
      form.clearErrors();
    } catch (error) {
      const problemsFromServer = serverProblems(error);
      if (hasProblems(problemsFromServer)) {
        form.showProblems(problemsFromServer);
      } else {
        form.showServerError(error);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
        <TextField form={form} name="title" label={t('plans.form.title')} description={t('plans.form.titleHint')} value={values.title} onChange={set('title')} />
        <TextAreaField
          form={form}
          name="summary"
          optional
          rows={3}
          label={t('plans.form.summary')}
          description={t('plans.form.summaryHint', { max: LIMITS.planSummary.max })}
          value={values.summary}
          onChange={set('summary')}
        />
        <TextAreaField
          form={form}
          name="body"
          optional
          rows={12}
          label={t('plans.form.body')}
          description={
            <>
              {t('plans.form.bodyHint')} <MarkdownHint />
            </>
          }
          value={values.body}
          onChange={set('body')}
        />
        <MunicipalityPicker
          form={form}
          name="municipalityCodes"
          municipalities={municipalities.data}
          value={values.municipalityCodes}
          onChange={set('municipalityCodes')}
        />
        <CrpdArticlePicker
          form={form}
          name="crpdArticleNumbers"
          articles={articles.data}
          value={values.crpdArticleNumbers}
          onChange={set('crpdArticleNumbers')}
        />
        <ActionsEditor form={form} rows={values.actions} members={members.data} onChange={set('actions')} />
        {extraFields}
        <Button type="submit" appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
