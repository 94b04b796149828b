import { LIMITS } from '@inclusieplein/contract';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusElement } from '../../a11y/focus';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField } from '../../forms/fields';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';

export type ReasonRule = 'required' | 'optional' | 'none';

interface ModerationActionFormProps {
  /** Prefix of the field ids, unique on the page. */
  formId: string;
  /** Names the action and what it acts on, such as "Bericht van Els verbergen". */
  title: string;
  /** Consequence of confirming, in one or two plain sentences. */
  explanation: string;
  reason: ReasonRule;
  /** Hint below the reason field, such as who reads the reason. */
  reasonHint?: string;
  confirmLabel: string;
  /** Fields before the reason, such as the period of a mute. */
  children?: ReactNode;
  /** Checks the extra fields. Returns problems keyed by field name, shown in the error summary. */
  checkExtra?: () => Partial<Record<string, { code: 'required' | 'invalid' | 'invalid_date' }>>;
  /** Labels of the extra fields, in the order of the error summary. */
  extraLabels?: Record<string, string>;
  /** Sends the action with the trimmed reason (null when empty). Throw the API error to show it. */
  onConfirm: (reason: string | null) => Promise<void>;
  /** Closes the form. The caller returns focus to the button that opened it. */
  onCancel: () => void;
}

/**
 * Confirm step of a moderator action, shown in place under the button that opened it: what will
 * happen, the reason field where the action takes one, and confirm and cancel buttons. Focus moves
 * into the form when it opens, Escape cancels, and the typed reason stays after an error.
 */
export function ModerationActionForm({
  formId,
  title,
  explanation,
  reason: reasonRule,
  reasonHint,
  confirmLabel,
  children,
  checkExtra,
  extraLabels,
  onConfirm,
  onCancel,
}: ModerationActionFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const group = useRef<HTMLDivElement>(null);
  const labels = useMemo(
    () => ({ ...(extraLabels ?? {}), ...(reasonRule === 'none' ? {} : { reason: t('moderation.action.reasonLabel') }) }),
    [extraLabels, reasonRule, t],
  );
  const form = useForm(formId, labels);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    focusElement(group.current);
  }, []);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const problems = {
      ...(checkExtra?.() ?? {}),
      ...(reasonRule === 'none'
        ? {}
        : checkAll({ reason }, { reason: { required: reasonRule === 'required', ...LIMITS.moderationReason } })),
    };
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason.trim() || null);
      form.clearErrors();
    } catch (error) {
      form.showServerError(error);
      setBusy(false);
    }
  };

  return (
    <div
      ref={group}
      role="group"
      aria-labelledby={titleId}
      className="moderation-form"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <p id={titleId} className="moderation-form__title">
        {title}
      </p>
      <Paragraph>{explanation}</Paragraph>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
        {children}
        {reasonRule !== 'none' && (
          <TextAreaField
            form={form}
            name="reason"
            rows={3}
            optional={reasonRule === 'optional'}
            label={labels.reason}
            description={reasonHint}
            value={reason}
            onChange={setReason}
          />
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {confirmLabel}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
