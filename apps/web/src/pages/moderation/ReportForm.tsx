import { LIMITS, REPORT_CATEGORIES, type ReportCategory } from '@inclusieplein/contract';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { focusElement } from '../../a11y/focus';
import { ApiError } from '../../api/client';
import { reportApi } from '../../api/moderationEndpoints';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField } from '../../forms/fields';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkText } from '../../forms/validation';
import type { FieldProblem } from '../../api/errorText';

interface ReportButtonProps {
  target: { type: 'post' | 'thread'; id: string };
  /** Whose post or thread, for the button's accessible name. */
  authorName: string;
}

type ReportState = 'closed' | 'open' | 'sent' | 'alreadyReported';

/**
 * Renders the "Melden" button that opens the report form in place. After sending, the form closes,
 * the button reads "Gemeld" and the outcome is announced. A second report of the same item gets the
 * "already reported" message.
 */
export function ReportButton({ target, authorName }: ReportButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<ReportState>('closed');
  const button = useRef<HTMLButtonElement>(null);
  const formId = `report-${target.type}-${target.id}`;
  const done = state === 'sent' || state === 'alreadyReported';

  const close = (next: ReportState) => {
    setState(next);
    // The button stays in place, so focus returns to it and the live region reads the outcome.
    window.setTimeout(() => button.current?.focus(), 0);
  };

  let buttonLabel = target.type === 'post' ? t('moderation.report.button') : t('moderation.report.threadButton');
  if (done) {
    buttonLabel = t('moderation.report.reported');
  }
  const buttonName =
    target.type === 'post' ? t('moderation.report.postOf', { name: authorName }) : t('moderation.report.threadOf', { name: authorName });

  return (
    <div className="report">
      <Button
        ref={button}
        type="button"
        appearance="subtle-button"
        aria-expanded={done ? undefined : state === 'open'}
        aria-controls={state === 'open' ? formId : undefined}
        aria-disabled={done || undefined}
        onClick={() => {
          if (!done) {
            setState(state === 'open' ? 'closed' : 'open');
          }
        }}
      >
        {buttonLabel}
        <span className="visually-hidden"> {buttonName}</span>
      </Button>
      {done && (
        <Paragraph className="report__result">
          {state === 'sent' ? t('moderation.report.sent') : t('moderation.report.alreadyReported')}
        </Paragraph>
      )}
      {state === 'open' && <ReportForm formId={formId} target={target} onSent={close} onCancel={() => close('closed')} />}
    </div>
  );
}

interface ReportFormProps {
  formId: string;
  target: { type: 'post' | 'thread'; id: string };
  onSent: (outcome: 'sent' | 'alreadyReported') => void;
  onCancel: () => void;
}

function ReportForm({ formId, target, onSent, onCancel }: ReportFormProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const labels = useMemo(
    () => ({ category: t('moderation.report.categoryLabel'), details: t('moderation.report.detailsLabel') }),
    [t],
  );
  const form = useForm(formId, labels);
  const [category, setCategory] = useState<ReportCategory | ''>('');
  const [details, setDetails] = useState('');
  const [busy, setBusy] = useState(false);
  const categoryId = form.fieldId('category');
  const categoryError = form.errorFor('category');

  useEffect(() => {
    focusElement(document.getElementById(categoryId));
  }, [categoryId]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const problems: Record<string, FieldProblem> = {};
    if (!category) {
      problems.category = { code: 'required' };
    }
    const detailsProblem = checkText(details, { required: category === 'other', ...LIMITS.reportDetails });
    if (detailsProblem) {
      problems.details = detailsProblem;
    }
    if (hasProblems(problems) || !category) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    try {
      const body = { category, details: details.trim() || null };
      if (target.type === 'post') {
        await reportApi.reportPost(target.id, body);
      } else {
        await reportApi.reportThread(target.id, body);
      }
      announce(t('moderation.report.sent'));
      onSent('sent');
    } catch (error) {
      if (error instanceof ApiError && error.code === 'already_reported') {
        announce(t('moderation.report.alreadyReported'));
        onSent('alreadyReported');
        return;
      }
      form.showServerError(error);
      setBusy(false);
    }
  };

  return (
    <div id={formId} className="moderation-form">
      <ErrorSummary form={form} />
      <form
        noValidate
        onSubmit={(event) => void handleSubmit(event)}
        className="form"
        aria-label={target.type === 'post' ? t('moderation.report.formLabel') : t('moderation.report.threadFormLabel')}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      >
        <Paragraph>{t('moderation.report.intro')}</Paragraph>
        <Fieldset
          invalid={Boolean(categoryError)}
          aria-describedby={categoryError ? `${categoryId}-error` : undefined}
        >
          <FieldsetLegend>{labels.category}</FieldsetLegend>
          {categoryError && <FormFieldErrorMessage id={`${categoryId}-error`}>{categoryError}</FormFieldErrorMessage>}
          {REPORT_CATEGORIES.map((choice, index) => {
            const inputId = index === 0 ? categoryId : `${categoryId}-${choice}`;
            return (
              <div className="radio-option" key={choice}>
                <RadioButton
                  id={inputId}
                  name={`${formId}-category`}
                  value={choice}
                  checked={category === choice}
                  invalid={Boolean(categoryError)}
                  aria-describedby={`${inputId}-explanation`}
                  onChange={() => setCategory(choice)}
                />
                <FormLabel htmlFor={inputId} type="radio">
                  {t(`moderation.category.${choice}.name`)}
                </FormLabel>
                <FormFieldDescription id={`${inputId}-explanation`} className="radio-option__explanation">
                  {t(`moderation.category.${choice}.explanation`)}
                </FormFieldDescription>
              </div>
            );
          })}
        </Fieldset>
        <TextAreaField
          form={form}
          name="details"
          rows={3}
          optional={category !== 'other'}
          label={labels.details}
          description={category === 'other' ? t('moderation.report.detailsRequiredHint') : t('moderation.report.detailsHint')}
          value={details}
          onChange={setDetails}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('moderation.report.send')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
