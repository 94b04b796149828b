import type { DocumentDetail } from '@inclusieplein/contract';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { useFormat } from '../../i18n/format';

/** Description of a document as a description list: what, where, when, who and may I reuse it. */
export function DocumentFacts({ document }: { document: DocumentDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();

  return (
    <dl className="facts">
      <div>
        <dt>{t('documents.facts.kind')}</dt>
        <dd>{t(`documents.kind.${document.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('documents.facts.place')}</dt>
        <dd>
          {document.network ? (
            <AppLink to={`/netwerken/${document.network.slug}`}>{document.network.name}</AppLink>
          ) : (
            t('documents.library')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('documents.facts.municipality')}</dt>
        <dd>{document.municipality?.name ?? t('documents.facts.noMunicipality')}</dd>
      </div>
      <div>
        <dt>{t('documents.facts.date')}</dt>
        <dd>{document.documentDate ? <time dateTime={document.documentDate}>{format.date(document.documentDate)}</time> : t('documents.facts.noDate')}</dd>
      </div>
      <div>
        <dt>{t('plans.articlesLabel')}</dt>
        <dd>
          {document.crpdArticles.length > 0 ? (
            <ul className="plain-list">
              {document.crpdArticles.map((article) => (
                <li key={article.number}>
                  {t('networkForm.crpd.article', { number: article.number, title: i18n.language === 'en' ? article.titleEn : article.titleNl })}
                </li>
              ))}
            </ul>
          ) : (
            t('plans.noArticles')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('documents.facts.source')}</dt>
        <dd>{document.sourceOrganisation ?? t('documents.facts.noSource')}</dd>
      </div>
      <div>
        <dt>{t('documents.facts.language')}</dt>
        <dd>{t(`documents.language.${document.language}`)}</dd>
      </div>
      <div>
        <dt>{t('documents.facts.licence')}</dt>
        <dd>
          {t(`documents.licence.${document.licence}.name`)}. {t(`documents.licence.${document.licence}.explanation`)}
        </dd>
      </div>
      <div>
        <dt>{t('documents.facts.added')}</dt>
        <dd>
          {document.createdBy.displayName}, <time dateTime={document.createdAt}>{format.date(document.createdAt)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('documents.facts.updated')}</dt>
        <dd>
          <time dateTime={document.updatedAt}>{format.dateTime(document.updatedAt)}</time>
        </dd>
      </div>
    </dl>
  );
}
