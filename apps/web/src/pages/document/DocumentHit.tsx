import type { DocumentSearchHit, DocumentSummary, SnippetPart } from '@inclusieplein/contract';
import { Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { useFormat } from '../../i18n/format';
import { documentPaths } from './documentPaths';
import { useFileFacts } from './fileFacts';

/** Passage around the matched words. Matches are marked, and every part is rendered as text, never as HTML. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  const { t } = useTranslation();
  return (
    <Paragraph className="document-snippet">
      <span className="visually-hidden">{t('documents.hit.snippet')} </span>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </Paragraph>
  );
}

/** File format and size of the current version, with a warning when a PDF has no searchable text. */
export function FileSummary({ document }: { document: DocumentSummary }) {
  const { t } = useTranslation();
  const facts = useFileFacts();
  const version = document.currentVersion;
  return (
    <>
      {facts.formatAndSize(version.format, version.sizeBytes)}
      {version.extractionStatus === 'no_text' && <>, {t('documents.noSearchableText')}</>}
    </>
  );
}

/** Shows one search result: title link, badges, facts and the matched passage. */
export function DocumentHit({ hit, showPlace = true }: { hit: DocumentSearchHit; showPlace?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <li className="card">
      <h3 className="utrecht-heading-3">
        <AppLink to={documentPaths.view(hit.id)}>{hit.title}</AppLink>
      </h3>
      <div className="badge-row">
        <StatusBadge status="neutral" className="badge">
          {t(`documents.kind.${hit.kind}`)}
        </StatusBadge>
        {hit.archived && (
          <StatusBadge status="warning" className="badge">
            {t('documents.archivedBadge')}
          </StatusBadge>
        )}
      </div>
      {hit.snippet && hit.snippet.length > 0 ? <Snippet parts={hit.snippet} /> : <Paragraph>{hit.summary}</Paragraph>}
      <dl className="plan-facts">
        <div>
          <dt>{t('documents.facts.municipality')}</dt>
          <dd>{hit.municipality?.name ?? t('documents.facts.noMunicipality')}</dd>
        </div>
        <div>
          <dt>{t('documents.facts.date')}</dt>
          <dd>{hit.documentDate ? <time dateTime={hit.documentDate}>{format.date(hit.documentDate)}</time> : t('documents.facts.noDate')}</dd>
        </div>
        {showPlace && (
          <div>
            <dt>{t('documents.facts.place')}</dt>
            <dd>{hit.network ? hit.network.name : t('documents.library')}</dd>
          </div>
        )}
        <div>
          <dt>{t('documents.facts.file')}</dt>
          <dd>
            <FileSummary document={hit} />
          </dd>
        </div>
      </dl>
    </li>
  );
}
