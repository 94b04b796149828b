import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES, DOCUMENT_LICENCES, LIMITS } from '@inclusieplein/contract';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../api/errorText';
import { referenceApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { CrpdArticlePicker } from '../../forms/CrpdArticlePicker';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { FieldFrame, TextAreaField, TextField } from '../../forms/fields';
import { MunicipalitySelect } from '../../forms/MunicipalitySelect';
import { hasProblems, type FormController } from '../../forms/useForm';
import { checkDocument, type DocumentFormValues } from './documentValues';

/** Visible labels of the description form, in the order of the error summary. */
export function useDocumentLabels(extra: Record<string, string> = {}): Record<string, string> {
  const { t } = useTranslation();
  const extraKey = JSON.stringify(extra);
  return useMemo(
    () => ({
      title: t('documents.form.title'),
      summary: t('documents.form.summary'),
      kind: t('documents.form.kind'),
      municipalityCode: t('documents.form.municipality'),
      documentDate: t('documents.form.date'),
      crpdArticleNumbers: t('networkForm.crpd.legend'),
      sourceOrganisation: t('documents.form.source'),
      language: t('documents.form.language'),
      licence: t('documents.form.licence'),
      ...extra,
    }),
    // The extra labels are compared by value, so callers may pass a new object on each render.
    [t, extraKey],
  );
}

interface DocumentFormProps {
  form: FormController;
  values: DocumentFormValues;
  onChange: (values: DocumentFormValues) => void;
  submitLabel: string;
  /** Fields after the description, such as the place of a new document. */
  extraFields?: ReactNode;
  checkExtra?: () => Record<string, FieldProblem>;
  /** Saves the values. Throw the API error to show it in the form. */
  onSubmit: (values: DocumentFormValues) => Promise<void>;
}

/** Fields that describe a document, shared by the add and edit pages. The page keeps the values. */
export function DocumentForm({ form, values, onChange, submitLabel, extraFields, checkExtra, onSubmit }: DocumentFormProps) {
  const { t } = useTranslation();
  const municipalities = useApi(() => referenceApi.municipalities(), []);
  const articles = useApi(() => referenceApi.crpdArticles(), []);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof DocumentFormValues>(name: K) => (value: DocumentFormValues[K]) => onChange({ ...values, [name]: value });

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // A partly typed date leaves the field's value empty, so only its validity shows it.
    const dateField = document.getElementById(form.fieldId('documentDate')) as HTMLInputElement | null;
    const problems = { ...checkDocument(values, dateField?.validity.badInput ?? false), ...(checkExtra?.() ?? {}) };
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(values);
      form.clearErrors();
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  const licenceId = form.fieldId('licence');
  const licenceError = form.errorFor('licence');

  return (
    <>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
        <TextField form={form} name="title" label={t('documents.form.title')} description={t('documents.form.titleHint')} value={values.title} onChange={set('title')} />
        <TextAreaField
          form={form}
          name="summary"
          rows={4}
          label={t('documents.form.summary')}
          description={t('documents.form.summaryHint', { min: LIMITS.documentSummary.min, max: LIMITS.documentSummary.max })}
          value={values.summary}
          onChange={set('summary')}
        />
        <FieldFrame form={form} name="kind" label={t('documents.form.kind')}>
          {(ids, invalid) => (
            <Select
              id={ids.id}
              name="kind"
              value={values.kind}
              invalid={invalid}
              aria-invalid={invalid || undefined}
              aria-describedby={ids.describedBy}
              aria-required
              onChange={(event) => set('kind')(event.target.value as DocumentFormValues['kind'])}
            >
              <SelectOption value="">{t('documents.form.chooseKind')}</SelectOption>
              {DOCUMENT_KINDS.map((kind) => (
                <SelectOption key={kind} value={kind}>
                  {t(`documents.kind.${kind}`)}
                </SelectOption>
              ))}
            </Select>
          )}
        </FieldFrame>
        <MunicipalitySelect
          form={form}
          name="municipalityCode"
          municipalities={municipalities.data}
          value={values.municipalityCode}
          onChange={set('municipalityCode')}
          label={t('documents.form.municipality')}
          description={t('documents.form.municipalityHint')}
        />
        <FieldFrame form={form} name="documentDate" optional label={t('documents.form.date')} description={t('documents.form.dateHint')}>
          {(ids, invalid) => (
            <Textbox
              id={ids.id}
              name="documentDate"
              type="date"
              value={values.documentDate}
              invalid={invalid}
              aria-invalid={invalid || undefined}
              aria-describedby={ids.describedBy}
              onChange={(event) => set('documentDate')(event.target.value)}
            />
          )}
        </FieldFrame>
        <CrpdArticlePicker form={form} name="crpdArticleNumbers" articles={articles.data} value={values.crpdArticleNumbers} onChange={set('crpdArticleNumbers')} />
        <TextField
          form={form}
          name="sourceOrganisation"
          optional
          label={t('documents.form.source')}
          description={t('documents.form.sourceHint')}
          value={values.sourceOrganisation}
          onChange={set('sourceOrganisation')}
        />
        <FieldFrame form={form} name="language" label={t('documents.form.language')} description={t('documents.form.languageHint')}>
          {(ids, invalid) => (
            <Select
              id={ids.id}
              name="language"
              value={values.language}
              invalid={invalid}
              aria-invalid={invalid || undefined}
              aria-describedby={ids.describedBy}
              aria-required
              onChange={(event) => set('language')(event.target.value as DocumentFormValues['language'])}
            >
              {DOCUMENT_LANGUAGES.map((language) => (
                <SelectOption key={language} value={language}>
                  {t(`documents.language.${language}`)}
                </SelectOption>
              ))}
            </Select>
          )}
        </FieldFrame>
        <Fieldset invalid={Boolean(licenceError)} aria-describedby={[`${licenceId}-hint`, licenceError ? `${licenceId}-error` : null].filter(Boolean).join(' ')}>
          <FieldsetLegend>{t('documents.form.licence')}</FieldsetLegend>
          <FormFieldDescription id={`${licenceId}-hint`}>{t('documents.form.licenceHint')}</FormFieldDescription>
          {licenceError && <FormFieldErrorMessage id={`${licenceId}-error`}>{licenceError}</FormFieldErrorMessage>}
          {DOCUMENT_LICENCES.map((licence, index) => {
            const inputId = index === 0 ? licenceId : `${licenceId}-${licence}`;
            return (
              <div className="radio-option" key={licence}>
                <RadioButton
                  id={inputId}
                  name={`${form.formId}-licence`}
                  value={licence}
                  checked={values.licence === licence}
                  invalid={Boolean(licenceError)}
                  aria-describedby={`${inputId}-explanation`}
                  onChange={() => set('licence')(licence)}
                />
                <FormLabel htmlFor={inputId} type="radio">
                  {t(`documents.licence.${licence}.name`)}
                </FormLabel>
                <FormFieldDescription id={`${inputId}-explanation`} className="radio-option__explanation">
                  {t(`documents.licence.${licence}.explanation`)}
                </FormFieldDescription>
              </div>
            );
          })}
        </Fieldset>
        {extraFields}
        <Button type="submit" appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
