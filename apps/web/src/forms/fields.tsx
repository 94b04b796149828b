import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { forwardRef, type KeyboardEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormController } from './useForm';

interface FieldIds {
  id: string;
  descriptionId: string;
  errorId: string;
  describedBy: string | undefined;
}

/** Ids of a field, its hint and its error, and the `aria-describedby` that links them. */
export function fieldIds(form: FormController, name: string, hasDescription: boolean): FieldIds {
  const id = form.fieldId(name);
  const descriptionId = `${id}-hint`;
  const errorId = `${id}-error`;
  const parts = [hasDescription ? descriptionId : null, form.errorFor(name) ? errorId : null].filter(Boolean);
  return { id, descriptionId, errorId, describedBy: parts.length > 0 ? parts.join(' ') : undefined };
}

interface FieldFrameProps {
  form: FormController;
  name: string;
  label: ReactNode;
  description?: ReactNode;
  optional?: boolean;
  children: (ids: FieldIds, invalid: boolean) => ReactNode;
}

/** Label, hint, error message and input of one field, laid out as an NL Design System form field. */
export function FieldFrame({ form, name, label, description, optional, children }: FieldFrameProps) {
  const { t } = useTranslation();
  const ids = fieldIds(form, name, description !== undefined);
  const error = form.errorFor(name);

  return (
    <FormField
      invalid={Boolean(error)}
      label={
        <FormLabel htmlFor={ids.id}>
          {label}
          {optional && <span className="field-optional"> {t('forms.optional')}</span>}
        </FormLabel>
      }
      description={description && <FormFieldDescription id={ids.descriptionId}>{description}</FormFieldDescription>}
      errorMessage={error && <FormFieldErrorMessage id={ids.errorId}>{error}</FormFieldErrorMessage>}
      input={children(ids, Boolean(error))}
    />
  );
}

interface TextFieldProps {
  form: FormController;
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  optional?: boolean;
  type?: 'text' | 'email' | 'password' | 'url' | 'search';
  autoComplete?: string;
}

export function TextField({ form, name, value, onChange, type = 'text', autoComplete, optional, ...frame }: TextFieldProps) {
  return (
    <FieldFrame form={form} name={name} optional={optional} {...frame}>
      {(ids, invalid) => (
        <Textbox
          id={ids.id}
          name={name}
          type={type}
          value={value}
          autoComplete={autoComplete}
          invalid={invalid}
          aria-invalid={invalid || undefined}
          aria-describedby={ids.describedBy}
          aria-required={optional ? undefined : true}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

interface TextAreaFieldProps extends Omit<TextFieldProps, 'type' | 'autoComplete'> {
  rows?: number;
  onKeyDown?: KeyboardEventHandler<HTMLTextAreaElement>;
}

export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField(
  { form, name, value, onChange, rows = 5, optional, onKeyDown, ...frame },
  ref,
) {
  return (
    <FieldFrame form={form} name={name} optional={optional} {...frame}>
      {(ids, invalid) => (
        <Textarea
          ref={ref}
          id={ids.id}
          name={name}
          rows={rows}
          value={value}
          invalid={invalid}
          aria-invalid={invalid || undefined}
          aria-describedby={ids.describedBy}
          aria-required={optional ? undefined : true}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
      )}
    </FieldFrame>
  );
});
