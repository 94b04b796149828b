import { PLAN_STATUSES, type PlanListQuery, type PlanStatus } from '@inclusieplein/contract';
import { Button, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { planApi, referenceApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { FieldFrame } from '../../forms/fields';
import { MunicipalitySelect } from '../../forms/MunicipalitySelect';
import { useForm } from '../../forms/useForm';
import { PlanCard } from './planParts';

interface Filters {
  status: string;
  municipality: string;
  article: string;
}

function readFilters(parameters: URLSearchParams): Filters {
  return {
    status: parameters.get('status') ?? '',
    municipality: parameters.get('municipality') ?? '',
    article: parameters.get('article') ?? '',
  };
}

function toQuery(filters: Filters): PlanListQuery {
  const article = Number.parseInt(filters.article, 10);
  return {
    status: (PLAN_STATUSES as readonly string[]).includes(filters.status) ? (filters.status as PlanStatus) : undefined,
    municipality: filters.municipality || undefined,
    article: Number.isNaN(article) ? undefined : article,
  };
}

/** Overview of every plan the person may read, with filters that live in the URL so a search can be shared. */
export function PlanListPage() {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const [parameters, setParameters] = useSearchParams();
  const applied = readFilters(parameters);
  const [draft, setDraft] = useState<Filters>(applied);
  const submitted = useRef(false);

  const queryKey = parameters.toString();
  const plans = useApi(() => planApi.list(toQuery(readFilters(parameters))), [queryKey]);
  const municipalities = useApi(() => referenceApi.municipalities(), []);
  const articles = useApi(() => referenceApi.crpdArticles(), []);
  const labels = useMemo(
    () => ({ status: t('plans.list.statusFilter'), municipality: t('plans.list.municipalityFilter'), article: t('plans.list.articleFilter') }),
    [t],
  );
  const form = useForm('plan-filters', labels);

  // The count is read once, after the results of a submitted search arrive. The first load stays quiet.
  useEffect(() => {
    if (submitted.current && plans.data && !plans.loading) {
      submitted.current = false;
      announce(t('plans.list.found', { count: plans.data.length }));
    }
  }, [plans.data, plans.loading, announce, t]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.status) next.set('status', draft.status);
    if (draft.municipality) next.set('municipality', draft.municipality);
    if (draft.article) next.set('article', draft.article);
    submitted.current = true;
    if (next.toString() === queryKey) {
      void plans.reload();
    }
    setParameters(next);
  };

  const filtered = Boolean(applied.status || applied.municipality || applied.article);

  return (
    <>
      <PageHeading title={t('plans.list.title')} />
      <Paragraph>{t('plans.list.intro')}</Paragraph>

      <section aria-labelledby="plan-filters-heading" className="panel">
        <Heading2 id="plan-filters-heading">{t('plans.list.filtersTitle')}</Heading2>
        <form noValidate onSubmit={submit} className="form plan-filters">
          <FieldFrame form={form} name="status" optional label={labels.status}>
            {(ids) => (
              <Select id={ids.id} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value })}>
                <SelectOption value="">{t('plans.list.anyStatus')}</SelectOption>
                {PLAN_STATUSES.map((status) => (
                  <SelectOption key={status} value={status}>
                    {t(`plans.status.${status}`)}
                  </SelectOption>
                ))}
              </Select>
            )}
          </FieldFrame>
          <MunicipalitySelect
            form={form}
            name="municipality"
            municipalities={municipalities.data}
            value={draft.municipality}
            onChange={(municipality) => setDraft({ ...draft, municipality })}
          />
          <FieldFrame form={form} name="article" optional label={labels.article}>
            {(ids) => (
              <Select
                id={ids.id}
                value={draft.article}
                busy={articles.data === undefined}
                onChange={(event) => setDraft({ ...draft, article: event.target.value })}
              >
                <SelectOption value="">{t('plans.list.anyArticle')}</SelectOption>
                {(articles.data ?? []).map((article) => (
                  <SelectOption key={article.number} value={String(article.number)}>
                    {t('networkForm.crpd.article', {
                      number: article.number,
                      title: i18n.language === 'en' ? article.titleEn : article.titleNl,
                    })}
                  </SelectOption>
                ))}
              </Select>
            )}
          </FieldFrame>
          <Button type="submit" appearance="primary-action-button">
            {t('plans.list.submit')}
          </Button>
        </form>
      </section>

      <section aria-labelledby="plan-results-heading">
        <Heading2 id="plan-results-heading">{t('plans.list.resultsTitle')}</Heading2>
        {plans.error !== undefined && <ErrorAlert error={plans.error} />}
        {plans.loading && !plans.data && <Loading />}
        {plans.data && (
          <>
            <Paragraph>{t('plans.list.found', { count: plans.data.length })}</Paragraph>
            {plans.data.length === 0 ? (
              <Paragraph>{filtered ? t('plans.list.noneFiltered') : t('plans.list.none')}</Paragraph>
            ) : (
              <ul className="card-list">
                {plans.data.map((plan) => (
                  <PlanCard key={plan.id} plan={plan} showNetwork />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </>
  );
}
