import { Fieldset, FieldsetLegend, FormFieldDescription, FormLabel, RadioButton } from '@utrecht/component-library-react';

interface ChoiceFieldsetProps<V extends string> {
  /** Prefix of the radio ids, unique on the page. */
  id: string;
  legend: string;
  options: readonly V[];
  value: V;
  labelOf: (option: V) => string;
  explanationOf: (option: V) => string;
  onChange: (option: V) => void;
}

/** Radio group in a fieldset, with a plain explanation under each choice that the radio reads as its description. */
export function ChoiceFieldset<V extends string>({ id, legend, options, value, labelOf, explanationOf, onChange }: ChoiceFieldsetProps<V>) {
  return (
    <Fieldset role="radiogroup">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {options.map((option) => {
        const inputId = `${id}-${option}`;
        return (
          <div className="radio-option" key={option}>
            <RadioButton
              id={inputId}
              name={id}
              value={option}
              checked={value === option}
              aria-describedby={`${inputId}-explanation`}
              onChange={() => onChange(option)}
            />
            <FormLabel htmlFor={inputId} type="radio">
              {labelOf(option)}
            </FormLabel>
            <FormFieldDescription id={`${inputId}-explanation`}>{explanationOf(option)}</FormFieldDescription>
          </div>
        );
      })}
    </Fieldset>
  );
}
