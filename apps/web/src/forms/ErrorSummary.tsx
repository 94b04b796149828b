import { Heading2, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../components/ErrorText';
import { useFocusOnAttempt, type FormController } from './useForm';

/** Moves focus to a field, opening a closed `<details>` around it first. */
export function focusField(targetId: string): void {
  const target = document.getElementById(targetId);
  if (!target) {
    return;
  }
  const details = target.closest('details');
  if (details && !details.open) {
    details.open = true;
  }
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

/**
 * List of all problems of a form, shown above the form after a failed submit.
 * It takes focus, and each item links to its field.
 */
export function ErrorSummary({ form }: { form: FormController }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const visible = form.summary.length > 0 || form.generalError !== undefined;
  useFocusOnAttempt(form.attempt, ref, visible);

  if (!visible) {
    return null;
  }

  const headingId = `${form.formId}-error-summary-heading`;
  return (
    <div ref={ref} role="alert" aria-labelledby={headingId} className="error-summary">
      <Heading2 id={headingId}>{t('forms.errorSummaryHeading')}</Heading2>
      {form.generalError !== undefined && <ErrorText error={form.generalError} />}
      {form.summary.length > 0 && (
        <UnorderedList>
          {form.summary.map((item) => (
            <UnorderedListItem key={item.targetId}>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={`#${item.targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(item.targetId);
                }}
              >
                {item.message}
              </a>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </div>
  );
}
