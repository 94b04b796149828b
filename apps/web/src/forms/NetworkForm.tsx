import { LIMITS, type NetworkInput, type NetworkVisibility } from '@inclusieplein/contract';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { referenceApi } from '../api/endpoints';
import { useApi } from '../api/useApi';
import { CrpdArticlePicker } from './CrpdArticlePicker';
import { ErrorSummary } from './ErrorSummary';
import { TextAreaField, TextField } from './fields';
import { MunicipalityPicker } from './MunicipalityPicker';
import { hasProblems, useForm, type FormController } from './useForm';
import { checkAll, type FieldRule } from './validation';

export interface NetworkFormValues extends NetworkInput {
  /** Only used when an administrator creates a network. */
  ownerEmail: string;
}

export const EMPTY_NETWORK: NetworkFormValues = {
  name: '',
  description: '',
  purpose: '',
  theme: '',
  visibility: 'open',
  crpdArticleNumbers: [],
  municipalityCodes: [],
  partnerOrganisations: '',
  coordinator: '',
  ownerEmail: '',
};

type TextName = 'name' | 'description' | 'purpose' | 'theme' | 'partnerOrganisations' | 'coordinator' | 'ownerEmail';

const RULES: Partial<Record<TextName, FieldRule>> = {
  name: { required: true, ...LIMITS.networkName },
  description: { required: true, ...LIMITS.networkDescription },
  purpose: LIMITS.networkPurpose,
  theme: { required: true, ...LIMITS.networkTheme },
  partnerOrganisations: LIMITS.partnerOrganisations,
  coordinator: LIMITS.coordinator,
};

interface NetworkFormProps {
  formId: string;
  submitLabel: string;
  /** Shows the field for the first owner's e-mail address; for administrators only. */
  withOwnerEmail?: boolean;
  /** Sends the values; throw the API error to show it in the form. */
  onSubmit: (values: NetworkFormValues) => Promise<void>;
}

/** Form to propose a network, also used by administrators to create one directly. */
export function NetworkForm({ formId, submitLabel, withOwnerEmail = false, onSubmit }: NetworkFormProps) {
  const { t } = useTranslation();
  const articles = useApi(() => referenceApi.crpdArticles(), []);
  const municipalities = useApi(() => referenceApi.municipalities(), []);
  const [values, setValues] = useState<NetworkFormValues>(EMPTY_NETWORK);
  const [busy, setBusy] = useState(false);

  const labels = useMemo(
    () => ({
      name: t('networkForm.name.label'),
      description: t('networkForm.description.label'),
      purpose: t('networkForm.purpose.label'),
      theme: t('networkForm.theme.label'),
      visibility: t('networkForm.visibility.legend'),
      crpdArticleNumbers: t('networkForm.crpd.legend'),
      municipalityCodes: t('networkForm.municipalities.legend'),
      partnerOrganisations: t('networkForm.partners.label'),
      coordinator: t('networkForm.coordinator.label'),
      ...(withOwnerEmail ? { ownerEmail: t('networkForm.ownerEmail.label') } : {}),
    }),
    [t, withOwnerEmail],
  );
  const form = useForm(formId, labels);

  const setText = (name: TextName) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const rules = withOwnerEmail ? { ...RULES, ownerEmail: { email: true, ...LIMITS.email } } : RULES;
    const problems = checkAll(values, rules);
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }

    setBusy(true);
    try {
      await onSubmit(values);
      form.clearErrors();
      setValues(EMPTY_NETWORK);
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
        <TextField form={form} name="name" label={labels.name} description={t('networkForm.name.hint')} value={values.name} onChange={setText('name')} />
        <TextField form={form} name="theme" label={labels.theme} description={t('networkForm.theme.hint')} value={values.theme} onChange={setText('theme')} />
        <TextAreaField
          form={form}
          name="description"
          label={labels.description}
          description={t('networkForm.description.hint', { max: LIMITS.networkDescription.max })}
          value={values.description}
          onChange={setText('description')}
        />
        <TextAreaField
          form={form}
          name="purpose"
          optional
          label={labels.purpose}
          description={t('networkForm.purpose.hint')}
          value={values.purpose}
          onChange={setText('purpose')}
        />
        <VisibilityChoice
          form={form}
          value={values.visibility}
          onChange={(visibility) => setValues((current) => ({ ...current, visibility }))}
        />
        <CrpdArticlePicker
          form={form}
          name="crpdArticleNumbers"
          articles={articles.data}
          value={values.crpdArticleNumbers}
          onChange={(crpdArticleNumbers) => setValues((current) => ({ ...current, crpdArticleNumbers }))}
        />
        <MunicipalityPicker
          form={form}
          name="municipalityCodes"
          municipalities={municipalities.data}
          value={values.municipalityCodes}
          onChange={(municipalityCodes) => setValues((current) => ({ ...current, municipalityCodes }))}
        />
        <TextAreaField
          form={form}
          name="partnerOrganisations"
          optional
          rows={3}
          label={labels.partnerOrganisations}
          description={t('networkForm.partners.hint')}
          value={values.partnerOrganisations}
          onChange={setText('partnerOrganisations')}
        />
        <TextField
          form={form}
          name="coordinator"
          optional
          label={labels.coordinator}
          description={t('networkForm.coordinator.hint')}
          value={values.coordinator}
          onChange={setText('coordinator')}
        />
        {withOwnerEmail && (
          <TextField
            form={form}
            name="ownerEmail"
            type="email"
            optional
            label={t('networkForm.ownerEmail.label')}
            description={t('networkForm.ownerEmail.hint')}
            value={values.ownerEmail}
            onChange={setText('ownerEmail')}
          />
        )}
        <Button type="submit" appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}

interface VisibilityChoiceProps {
  form: FormController;
  value: NetworkVisibility;
  onChange: (visibility: NetworkVisibility) => void;
}

function VisibilityChoice({ form, value, onChange }: VisibilityChoiceProps) {
  const { t } = useTranslation();
  const id = form.fieldId('visibility');
  const error = form.errorFor('visibility');

  const option = (visibility: NetworkVisibility, index: number): ReactNode => {
    const inputId = index === 0 ? id : `${id}-${visibility}`;
    return (
      <div className="radio-option" key={visibility}>
        <RadioButton
          id={inputId}
          name={`${form.formId}-visibility`}
          value={visibility}
          checked={value === visibility}
          aria-describedby={`${inputId}-explanation`}
          onChange={() => onChange(visibility)}
        />
        <FormLabel htmlFor={inputId} type="radio">
          {t(`networks.visibility.${visibility}`)}
        </FormLabel>
        <FormFieldDescription id={`${inputId}-explanation`}>{t(`networkForm.visibility.${visibility}Explanation`)}</FormFieldDescription>
      </div>
    );
  };

  return (
    <Fieldset role="radiogroup" invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined}>
      <FieldsetLegend>{t('networkForm.visibility.legend')}</FieldsetLegend>
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      {option('open', 0)}
      {option('closed', 1)}
    </Fieldset>
  );
}
