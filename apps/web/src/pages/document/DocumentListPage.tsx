import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { networkApi, referenceApi } from '../../api/endpoints';
import { documentApi } from '../../api/documentEndpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { useSession } from '../../session/SessionContext';
import { DocumentHit } from './DocumentHit';
import { documentPaths } from './documentPaths';
import { hasFilters, readFilters, toQuery, writeFilters, type DocumentFilters } from './documentSearch';
import { DocumentSearchForm } from './DocumentSearchForm';
import { Pagination } from './Pagination';

/** Shows the archive: a search in the text of every readable document, with filters that live in the URL. */
export function DocumentListPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const announce = useAnnounce();
  const [parameters, setParameters] = useSearchParams();
  const applied = readFilters(parameters);
  const [draft, setDraft] = useState<DocumentFilters>(applied);
  const submitted = useRef(false);

  const queryKey = parameters.toString();
  const results = useApi(() => documentApi.search(toQuery(readFilters(parameters))), [queryKey]);
  const municipalities = useApi(() => referenceApi.municipalities(), []);
  const articles = useApi(() => referenceApi.crpdArticles(), []);
  const networks = useApi(() => networkApi.list(), []);

  // Back and forward buttons change the URL without the form, so the form follows the URL.
  useEffect(() => setDraft(readFilters(parameters)), [queryKey]);

  // The count is read once, after the results of a submitted search or page change arrive. The first load stays quiet.
  useEffect(() => {
    if (submitted.current && results.data && !results.loading) {
      submitted.current = false;
      announce(t('documents.list.found', { count: results.data.total }));
    }
  }, [results.data, results.loading, announce, t]);

  const go = (filters: DocumentFilters) => {
    const next = writeFilters(filters);
    submitted.current = true;
    if (next.toString() === queryKey) {
      void results.reload();
    }
    setParameters(next);
  };

  const data = results.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / Math.max(1, data.pageSize))) : 1;

  return (
    <>
      <PageHeading title={t('documents.list.title')} />
      <Paragraph>{t('documents.list.intro')}</Paragraph>
      {user && (
        <Paragraph>
          <AppLink to={documentPaths.create(applied.place && applied.place !== 'library' ? applied.place : undefined)} appearance="secondary-button">
            {t('documents.list.add')}
          </AppLink>
        </Paragraph>
      )}

      <section aria-labelledby="document-filters-heading" className="panel">
        <Heading2 id="document-filters-heading">{t('documents.list.filtersTitle')}</Heading2>
        <DocumentSearchForm
          draft={draft}
          onChange={setDraft}
          onSubmit={() => go({ ...draft, page: 1 })}
          municipalities={municipalities.data}
          articles={articles.data}
          networks={networks.data?.networks.filter((network) => network.status === 'active')}
        />
      </section>

      <section aria-labelledby="document-results-heading">
        <Heading2 id="document-results-heading">{t('documents.list.resultsTitle')}</Heading2>
        {results.error !== undefined && <ErrorAlert error={results.error} />}
        {results.loading && !data && <Loading />}
        {data && (
          <>
            <Paragraph>
              {t('documents.list.found', { count: data.total })}
              {pageCount > 1 && <> {t('documents.list.pageOf', { page: data.page, pages: pageCount })}</>}
            </Paragraph>
            {data.items.length === 0 ? (
              <Paragraph>{hasFilters(applied) ? t('documents.list.noneFiltered') : t('documents.list.none')}</Paragraph>
            ) : (
              <ul className="card-list">
                {data.items.map((hit) => (
                  <DocumentHit key={hit.id} hit={hit} />
                ))}
              </ul>
            )}
            <Pagination page={data.page} pageCount={pageCount} hrefFor={(page) => documentPaths.list(writeFilters({ ...applied, page }))} onNavigate={() => (submitted.current = true)} />
          </>
        )}
      </section>
    </>
  );
}
