import { LIMITS } from '@inclusieplein/contract';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField } from '../../forms/fields';
import { MarkdownHint } from '../../forms/MarkdownHint';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';

interface PostBodyFormProps {
  formId: string;
  label: string;
  submitLabel: string;
  initialBody?: string;
  /** Focuses the text box when the form appears, for forms opened with a button. */
  focusOnOpen?: boolean;
  /** Sends the body; throw the API error to show it in the form. Resolve true to empty the text box. */
  onSubmit: (body: string) => Promise<boolean>;
  /** Shows a cancel button; Escape in the text box cancels too. */
  onCancel?: () => void;
}

/** Text box with Markdown hint for a reply or an edit. What the person typed stays after an error. */
export function PostBodyForm({ formId, label, submitLabel, initialBody = '', focusOnOpen = false, onSubmit, onCancel }: PostBodyFormProps) {
  const { t } = useTranslation();
  const labels = useMemo(() => ({ body: label }), [label]);
  const form = useForm(formId, labels);
  const [body, setBody] = useState(initialBody);
  const [busy, setBusy] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focusOnOpen) {
      textarea.current?.focus();
    }
  }, [focusOnOpen]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const problems = checkAll({ body }, { body: { required: true, ...LIMITS.postBody } });
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    try {
      const clear = await onSubmit(body);
      form.clearErrors();
      if (clear) {
        setBody('');
      }
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="post-form">
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
        <TextAreaField
          ref={textarea}
          form={form}
          name="body"
          rows={5}
          label={label}
          description={<MarkdownHint />}
          value={body}
          onChange={setBody}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && onCancel) {
              event.preventDefault();
              onCancel();
            }
          }}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </div>
  );
}
