import type { CrpdArticle } from '@inclusieplein/contract';
import { Checkbox, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { FormController } from './useForm';

interface CrpdArticlePickerProps {
  form: FormController;
  name: string;
  articles: CrpdArticle[] | undefined;
  value: number[];
  onChange: (numbers: number[]) => void;
}

/**
 * Checkbox list of the convention's articles inside a fieldset. The list sits in a
 * `<details>`, so the 50 checkboxes do not fill the page until someone opens it.
 */
export function CrpdArticlePicker({ form, name, articles, value, onChange }: CrpdArticlePickerProps) {
  const { t, i18n } = useTranslation();
  const id = form.fieldId(name);
  const error = form.errorFor(name);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const selected = new Set(value);

  const toggle = (number: number, checked: boolean) => {
    const next = new Set(selected);
    if (checked) {
      next.add(number);
    } else {
      next.delete(number);
    }
    onChange([...next].sort((a, b) => a - b));
  };

  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy}>
      <FieldsetLegend>
        {t('networkForm.crpd.legend')} <span className="field-optional">{t('forms.optional')}</span>
      </FieldsetLegend>
      <FormFieldDescription id={`${id}-hint`}>
        {t('networkForm.crpd.hint')} {t('networkForm.crpd.chosen', { count: value.length })}
      </FormFieldDescription>
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <details className="picker-details" open={value.length > 0 || Boolean(error) || undefined}>
        <summary id={`${id}-summary`}>{t('networkForm.crpd.toggle')}</summary>
        {articles === undefined ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <ul className="checkbox-list checkbox-list--columns">
            {articles.map((article, index) => {
              const inputId = index === 0 ? id : `${id}-${article.number}`;
              const title = i18n.language === 'en' ? article.titleEn : article.titleNl;
              return (
                <li key={article.number}>
                  <Checkbox
                    id={inputId}
                    checked={selected.has(article.number)}
                    invalid={Boolean(error)}
                    onChange={(event) => toggle(article.number, event.target.checked)}
                  />
                  <FormLabel htmlFor={inputId} type="checkbox">
                    {t('networkForm.crpd.article', { number: article.number, title })}
                  </FormLabel>
                </li>
              );
            })}
          </ul>
        )}
      </details>
    </Fieldset>
  );
}
