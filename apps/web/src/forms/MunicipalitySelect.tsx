import type { Municipality } from '@inclusieplein/contract';
import { Select, SelectOption } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldFrame } from './fields';
import type { FormController } from './useForm';

interface MunicipalitySelectProps {
  form: FormController;
  name: string;
  municipalities: Municipality[] | undefined;
  /** CBS code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  /** Label, hint and whether a choice is required, for uses other than a person's own municipality. */
  label?: string;
  description?: string;
  required?: boolean;
}

/** Sorts municipalities by Dutch name, so "'s-Hertogenbosch" and "Súdwest-Fryslân" land where people expect. */
export function sortMunicipalities(municipalities: Municipality[]): Municipality[] {
  const collator = new Intl.Collator('nl', { sensitivity: 'base', ignorePunctuation: true });
  return [...municipalities].sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * Choice of one municipality, optional unless `required`, with a native `<select>`: keyboards can type
 * the first letters of a name to jump to it, and screen readers know the control well.
 */
export function MunicipalitySelect({ form, name, municipalities, value, onChange, label, description, required = false }: MunicipalitySelectProps) {
  const { t } = useTranslation();
  const sorted = useMemo(() => sortMunicipalities(municipalities ?? []), [municipalities]);

  return (
    <FieldFrame
      form={form}
      name={name}
      optional={!required}
      label={label ?? t('fields.municipality.label')}
      description={description ?? t('fields.municipality.hint')}
    >
      {(ids, invalid) => (
        <Select
          id={ids.id}
          name={name}
          value={value}
          invalid={invalid}
          busy={municipalities === undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={ids.describedBy}
          aria-required={required || undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          <SelectOption value="">{t('fields.municipality.none')}</SelectOption>
          {/* Keeps a saved choice visible while the list is still loading. */}
          {municipalities === undefined && value !== '' && <SelectOption value={value}>{value}</SelectOption>}
          {sorted.map((municipality) => (
            <SelectOption key={municipality.code} value={municipality.code}>
              {municipality.name}
            </SelectOption>
          ))}
        </Select>
      )}
    </FieldFrame>
  );
}
