import { LIMITS, PLAN_STATUS_TRANSITIONS, type PlanDetail, type PlanStatus } from '@inclusieplein/contract';
import { Button, Fieldset, FieldsetLegend, FormFieldErrorMessage, FormLabel, Heading2, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { planApi } from '../../api/endpoints';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField } from '../../forms/fields';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkText } from '../../forms/validation';

interface ManageFormProps {
  plan: PlanDetail;
  /** Receives the plan as the server stored it after the change. */
  onChanged: (plan: PlanDetail) => void;
}

/** Status change with only the next statuses the API accepts, and an optional note for the history. */
export function PlanStatusForm({ plan, onChanged }: ManageFormProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const labels = useMemo(() => ({ status: t('plans.statusForm.legend'), note: t('plans.statusForm.note') }), [t]);
  const form = useForm('plan-status', labels);
  const [status, setStatus] = useState<PlanStatus | ''>('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const choices = PLAN_STATUS_TRANSITIONS[plan.status];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = {
      ...(status === '' ? { status: { code: 'required' as const } } : {}),
      // NOTE: the contract sets no limit for the note. This uses the limit of other decision reasons.
      ...(note.length > LIMITS.decisionReason.max ? { note: checkText(note, LIMITS.decisionReason)! } : {}),
    };
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    try {
      const changed = await planApi.changeStatus(plan.id, { status: status as PlanStatus, note: note.trim() || null });
      form.clearErrors();
      setStatus('');
      setNote('');
      announce(t('plans.statusForm.changed', { status: t(`plans.status.${changed.status}`) }));
      onChanged(changed);
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  const statusId = form.fieldId('status');
  const statusError = form.errorFor('status');

  return (
    <section aria-labelledby="plan-status-heading" className="panel no-print">
      <Heading2 id="plan-status-heading">{t('plans.statusForm.title')}</Heading2>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void submit(event)} className="form">
        <Fieldset invalid={Boolean(statusError)} aria-describedby={statusError ? `${statusId}-error` : undefined}>
          <FieldsetLegend>{t('plans.statusForm.legend')}</FieldsetLegend>
          <Paragraph className="muted">{t('plans.statusForm.current', { status: t(`plans.status.${plan.status}`) })}</Paragraph>
          {statusError && <FormFieldErrorMessage id={`${statusId}-error`}>{statusError}</FormFieldErrorMessage>}
          {choices.map((choice, index) => {
            const inputId = index === 0 ? statusId : `${statusId}-${choice}`;
            return (
              <div className="radio-option" key={choice}>
                <RadioButton
                  id={inputId}
                  name="plan-status"
                  value={choice}
                  checked={status === choice}
                  invalid={Boolean(statusError)}
                  onChange={() => setStatus(choice)}
                />
                <FormLabel htmlFor={inputId} type="radio">
                  {t(`plans.status.${choice}`)}
                </FormLabel>
              </div>
            );
          })}
        </Fieldset>
        <TextAreaField form={form} name="note" optional rows={2} label={labels.note} description={t('plans.statusForm.noteHint')} value={note} onChange={setNote} />
        <Button type="submit" appearance="secondary-action-button" busy={busy} aria-disabled={busy || undefined}>
          {t('plans.statusForm.submit')}
        </Button>
      </form>
    </section>
  );
}

/** Form to lock a plan with a reason, or unlock it, for moderators, owners and administrators. */
export function PlanLockForm({ plan, onChanged }: ManageFormProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const labels = useMemo(() => ({ reason: t('plans.lockForm.reason') }), [t]);
  const form = useForm('plan-lock', labels);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<PlanDetail | undefined>, message: string) => {
    setBusy(true);
    try {
      await action();
      form.clearErrors();
      setReason('');
      announce(message);
      // DELETE may return no body, so the page loads the plan again.
      onChanged(await planApi.get(plan.id));
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (plan.locked) {
      void run(() => planApi.unlock(plan.id), t('plans.lockForm.unlocked'));
      return;
    }
    const problem = checkText(reason, { required: true, ...LIMITS.planLockReason });
    if (problem) {
      form.showProblems({ reason: problem });
      return;
    }
    void run(() => planApi.lock(plan.id, reason.trim()), t('plans.lockForm.locked'));
  };

  return (
    <section aria-labelledby="plan-lock-heading" className="panel no-print">
      <Heading2 id="plan-lock-heading">{plan.locked ? t('plans.lockForm.unlockTitle') : t('plans.lockForm.title')}</Heading2>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={submit} className="form">
        {plan.locked ? (
          <Paragraph>{t('plans.lockForm.unlockText')}</Paragraph>
        ) : (
          <TextAreaField form={form} name="reason" rows={2} label={labels.reason} description={t('plans.lockForm.reasonHint')} value={reason} onChange={setReason} />
        )}
        <Button type="submit" appearance="secondary-action-button" busy={busy} aria-disabled={busy || undefined}>
          {plan.locked ? t('plans.lockForm.unlock') : t('plans.lockForm.lock')}
        </Button>
      </form>
    </section>
  );
}
