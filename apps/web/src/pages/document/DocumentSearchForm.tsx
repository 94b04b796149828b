import { DOCUMENT_KINDS, LIMITS, type ArchivedFilter, type CrpdArticle, type Municipality, type NetworkSummary } from '@inclusieplein/contract';
import { Button, Fieldset, FieldsetLegend, FormLabel, RadioButton, Select, SelectOption } from '@utrecht/component-library-react';
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { FieldFrame, TextField } from '../../forms/fields';
import { MunicipalitySelect } from '../../forms/MunicipalitySelect';
import { useForm } from '../../forms/useForm';
import { checkText } from '../../forms/validation';
import type { DocumentFilters } from './documentSearch';

const ARCHIVED_CHOICES: ArchivedFilter[] = ['exclude', 'include', 'only'];

interface DocumentSearchFormProps {
  draft: DocumentFilters;
  onChange: (draft: DocumentFilters) => void;
  onSubmit: () => void;
  municipalities: Municipality[] | undefined;
  articles: CrpdArticle[] | undefined;
  networks: NetworkSummary[] | undefined;
}

/** Search box and filters of the document overview. The page turns them into the URL on submit. */
export function DocumentSearchForm({ draft, onChange, onSubmit, municipalities, articles, networks }: DocumentSearchFormProps) {
  const { t, i18n } = useTranslation();
  const labels = useMemo(
    () => ({
      q: t('documents.list.searchLabel'),
      kind: t('documents.list.kindFilter'),
      municipality: t('documents.form.municipality'),
      article: t('documents.list.articleFilter'),
      place: t('documents.list.placeFilter'),
    }),
    [t],
  );
  const form = useForm('document-search', labels);
  const set = <K extends keyof DocumentFilters>(name: K) => (value: DocumentFilters[K]) => onChange({ ...draft, [name]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = checkText(draft.q, LIMITS.searchQuery);
    if (problem) {
      form.showProblems({ q: problem });
      return;
    }
    form.clearErrors();
    onSubmit();
  };

  const archivedId = form.fieldId('archived');

  return (
    <>
      <ErrorSummary form={form} />
      <form noValidate role="search" onSubmit={submit} className="form document-search">
        <TextField form={form} name="q" type="search" optional label={labels.q} description={t('documents.list.searchHint')} value={draft.q} onChange={set('q')} />
        <FieldFrame form={form} name="kind" optional label={labels.kind}>
          {(ids) => (
            <Select id={ids.id} value={draft.kind} onChange={(event) => set('kind')(event.target.value)}>
              <SelectOption value="">{t('documents.list.anyKind')}</SelectOption>
              {DOCUMENT_KINDS.map((kind) => (
                <SelectOption key={kind} value={kind}>
                  {t(`documents.kind.${kind}`)}
                </SelectOption>
              ))}
            </Select>
          )}
        </FieldFrame>
        <MunicipalitySelect
          form={form}
          name="municipality"
          municipalities={municipalities}
          value={draft.municipality}
          onChange={set('municipality')}
          label={labels.municipality}
          description={t('documents.list.municipalityHint')}
        />
        <FieldFrame form={form} name="article" optional label={labels.article}>
          {(ids) => (
            <Select id={ids.id} value={draft.article} busy={articles === undefined} onChange={(event) => set('article')(event.target.value)}>
              <SelectOption value="">{t('documents.list.anyArticle')}</SelectOption>
              {(articles ?? []).map((article) => (
                <SelectOption key={article.number} value={String(article.number)}>
                  {t('networkForm.crpd.article', { number: article.number, title: i18n.language === 'en' ? article.titleEn : article.titleNl })}
                </SelectOption>
              ))}
            </Select>
          )}
        </FieldFrame>
        <FieldFrame form={form} name="place" optional label={labels.place}>
          {(ids) => (
            <Select id={ids.id} value={draft.place} busy={networks === undefined} onChange={(event) => set('place')(event.target.value)}>
              <SelectOption value="">{t('documents.list.anyPlace')}</SelectOption>
              <SelectOption value="library">{t('documents.library')}</SelectOption>
              {/* Keeps a place from the URL visible while the networks load. */}
              {networks === undefined && draft.place !== '' && draft.place !== 'library' && <SelectOption value={draft.place}>{draft.place}</SelectOption>}
              {(networks ?? []).map((network) => (
                <SelectOption key={network.slug} value={network.slug}>
                  {t('documents.form.placeNetwork', { name: network.name })}
                </SelectOption>
              ))}
            </Select>
          )}
        </FieldFrame>
        <Fieldset>
          <FieldsetLegend>{t('documents.list.archivedFilter')}</FieldsetLegend>
          {ARCHIVED_CHOICES.map((choice) => (
            <div className="radio-option" key={choice}>
              <RadioButton
                id={`${archivedId}-${choice}`}
                name="document-search-archived"
                value={choice}
                checked={draft.archived === choice}
                onChange={() => set('archived')(choice)}
              />
              <FormLabel htmlFor={`${archivedId}-${choice}`} type="radio">
                {t(`documents.list.archived.${choice}`)}
              </FormLabel>
            </div>
          ))}
        </Fieldset>
        <Button type="submit" appearance="primary-action-button">
          {t('documents.list.submit')}
        </Button>
      </form>
    </>
  );
}
