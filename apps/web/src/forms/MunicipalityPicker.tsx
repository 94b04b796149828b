import type { Municipality } from '@inclusieplein/contract';
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortMunicipalities } from './MunicipalitySelect';
import type { FormController } from './useForm';

interface MunicipalityPickerProps {
  form: FormController;
  name: string;
  municipalities: Municipality[] | undefined;
  /** Chosen CBS codes. */
  value: string[];
  onChange: (codes: string[]) => void;
}

/** Results shown at once; typing more letters narrows the list. */
const MAX_RESULTS = 30;

/**
 * Choice of several municipalities: a search box filters a checkbox list, and the
 * chosen ones stay listed above it. Only native checkboxes and a textbox, so every
 * screen reader and keyboard can use it.
 */
export function MunicipalityPicker({ form, name, municipalities, value, onChange }: MunicipalityPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const id = form.fieldId(name);
  const error = form.errorFor(name);
  const sorted = useMemo(() => sortMunicipalities(municipalities ?? []), [municipalities]);
  const chosen = new Set(value);

  const needle = query.trim().toLocaleLowerCase('nl');
  const matches = needle === '' ? [] : sorted.filter((item) => item.name.toLocaleLowerCase('nl').includes(needle));
  const visibleMatches = matches.slice(0, MAX_RESULTS);
  const chosenItems = sorted.filter((item) => chosen.has(item.code));

  const toggle = (code: string, checked: boolean, prefix: string) => {
    onChange(checked ? [...value, code] : value.filter((current) => current !== code));
    if (!checked && prefix === 'chosen') {
      // The unchecked item leaves the chosen list, so focus goes to the search box instead of being lost.
      document.getElementById(id)?.focus();
    }
  };

  const renderItem = (item: Municipality, prefix: string) => (
    <li key={item.code}>
      <Checkbox
        id={`${id}-${prefix}-${item.code}`}
        checked={chosen.has(item.code)}
        onChange={(event) => toggle(item.code, event.target.checked, prefix)}
      />
      <FormLabel htmlFor={`${id}-${prefix}-${item.code}`} type="checkbox">
        {item.name} <span className="muted">({item.province})</span>
      </FormLabel>
    </li>
  );

  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}>
      <FieldsetLegend>
        {t('networkForm.municipalities.legend')} <span className="field-optional">{t('forms.optional')}</span>
      </FieldsetLegend>
      <FormFieldDescription id={`${id}-hint`}>{t('networkForm.municipalities.hint')}</FormFieldDescription>
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}

      {chosenItems.length > 0 && (
        <>
          <Paragraph className="picker-subheading">{t('networkForm.municipalities.chosen', { count: chosenItems.length })}</Paragraph>
          <ul className="checkbox-list">{chosenItems.map((item) => renderItem(item, 'chosen'))}</ul>
        </>
      )}

      <div className="picker-search">
        <FormLabel htmlFor={id}>{t('networkForm.municipalities.search')}</FormLabel>
        <Textbox
          id={id}
          type="search"
          value={query}
          invalid={Boolean(error)}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={`${id}-count`}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Enter in this box would otherwise submit the whole form.
            if (event.key === 'Enter') {
              event.preventDefault();
            }
          }}
        />
      </div>
      <p id={`${id}-count`} role="status" className="muted">
        {municipalities === undefined
          ? t('common.loading')
          : needle === ''
            ? t('networkForm.municipalities.typeToSearch')
            : matches.length > MAX_RESULTS
              ? t('networkForm.municipalities.tooMany', { count: matches.length, max: MAX_RESULTS })
              : t('networkForm.municipalities.found', { count: matches.length })}
      </p>
      {visibleMatches.length > 0 && <ul className="checkbox-list">{visibleMatches.map((item) => renderItem(item, 'result'))}</ul>}
    </Fieldset>
  );
}
