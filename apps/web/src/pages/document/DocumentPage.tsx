import type { DocumentDetail } from '@inclusieplein/contract';
import { Alert, Button, Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { focusElement } from '../../a11y/focus';
import { PageHeading } from '../../a11y/PageHeading';
import { documentApi } from '../../api/documentEndpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { useFormat } from '../../i18n/format';
import { AccessibilityReport } from './AccessibilityReport';
import { DocumentFacts } from './DocumentFacts';
import { DocumentLoadState } from './DocumentLoadState';
import { ArchiveForm, DeleteForm, RestoreForm } from './DocumentManageForms';
import { documentPaths } from './documentPaths';
import { useFileFacts } from './fileFacts';
import { useDocumentLive } from './useDocumentLive';
import { VersionsTable } from './VersionsTable';

export function DocumentPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const facts = useFileFacts();
  const { documentId = '' } = useParams();
  const document = useApi(() => documentApi.get(documentId), [documentId]);
  const live = useDocumentLive(documentId, document.data, document.reload);
  const archivedNotice = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLDivElement>(null);
  const [focusAfterChange, setFocusAfterChange] = useState<'archived' | 'heading' | null>(null);

  useEffect(() => {
    if (focusAfterChange === 'archived') focusElement(archivedNotice.current);
    if (focusAfterChange === 'heading') focusElement(heading.current?.querySelector('h1'));
    setFocusAfterChange(null);
  }, [focusAfterChange]);

  if (!document.data) {
    return <DocumentLoadState error={document.error} />;
  }
  const detail: DocumentDetail = document.data;
  const current = detail.currentVersion;
  const fileText = facts.formatAndSize(current.format, current.sizeBytes);

  // After archiving, focus goes to the notice that names who archived it and why. After restoring, it goes to the heading.
  const onChanged = (changed: DocumentDetail) => {
    document.setData(changed);
    setFocusAfterChange(changed.archived ? 'archived' : 'heading');
  };

  return (
    <div ref={heading} data-live={live.joined ? 'joined' : 'waiting'}>
      <Paragraph className="breadcrumb">
        <AppLink to={documentPaths.list()}>{t('documents.backToList')}</AppLink>
      </Paragraph>
      <PageHeading title={detail.title} />
      <div className="badge-row">
        <StatusBadge status="neutral" className="badge">
          {t(`documents.kind.${detail.kind}`)}
        </StatusBadge>
        {detail.archived && (
          <StatusBadge status="warning" className="badge">
            {t('documents.archivedBadge')}
          </StatusBadge>
        )}
      </div>

      {live.notice && (
        <div className="live-notice">
          <Paragraph>
            {live.notice}{' '}
            <Button type="button" appearance="subtle-button" onClick={live.clear}>
              {t('documents.live.dismiss')}
            </Button>
          </Paragraph>
        </div>
      )}

      {detail.archived && (
        <div ref={archivedNotice} className="archived-notice">
          <Alert type="warning">
            <Paragraph>
              <strong>{t('documents.archivedNotice.title')}</strong>{' '}
              {detail.archivedAt &&
                t('documents.archivedNotice.by', {
                  name: detail.archivedBy?.displayName ?? t('documents.archivedNotice.unknownPerson'),
                  date: format.dateTime(detail.archivedAt),
                })}
            </Paragraph>
            <Paragraph>
              {detail.archiveReason ? t('documents.archivedNotice.reason', { reason: detail.archiveReason }) : t('documents.archivedNotice.noReason')}
            </Paragraph>
          </Alert>
        </div>
      )}

      <section aria-labelledby="document-download-heading" className="panel">
        <Heading2 id="document-download-heading">{t('documents.download.title')}</Heading2>
        <Paragraph>
          <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={current.downloadUrl} download>
            {t('documents.download.link', { file: fileText })}
          </a>
        </Paragraph>
        <Paragraph className="muted">
          {t('documents.download.version', { number: current.number, count: detail.versionCount })}
          {current.pageCount !== null && <> {t('documents.download.pages', { count: current.pageCount })}</>}
        </Paragraph>
        <details className="checksum">
          <summary>{t('documents.download.checksumToggle')}</summary>
          <Paragraph>{t('documents.download.checksumText')}</Paragraph>
          <code translate="no" className="checksum__value">
            {current.sha256}
          </code>
        </details>
      </section>

      {(detail.canEdit && !detail.archived) && (
        <nav aria-label={t('documents.tools')}>
          <ul className="plan-tools">
            <li>
              <AppLink to={documentPaths.edit(detail.id)} appearance="secondary-button">
                {t('documents.edit.link')}
              </AppLink>
            </li>
            <li>
              <AppLink to={documentPaths.newVersion(detail.id)} appearance="secondary-button">
                {t('documents.newVersion.link')}
              </AppLink>
            </li>
          </ul>
        </nav>
      )}

      <section aria-labelledby="document-about-heading">
        <Heading2 id="document-about-heading">{t('documents.facts.title')}</Heading2>
        <DocumentFacts document={detail} />
      </section>

      <section aria-labelledby="document-summary-heading">
        <Heading2 id="document-summary-heading">{t('documents.summaryTitle')}</Heading2>
        <Paragraph className="preserve-lines">{detail.summary}</Paragraph>
      </section>

      <AccessibilityReport version={current} />

      <section aria-labelledby="document-versions-heading">
        <Heading2 id="document-versions-heading">{t('documents.versions.title')}</Heading2>
        <VersionsTable versions={detail.versions} title={detail.title} />
      </section>

      {detail.canEdit && !detail.archived && <ArchiveForm document={detail} onChanged={onChanged} />}
      {detail.canRestore && detail.archived && <RestoreForm document={detail} onChanged={onChanged} />}
      {detail.canDelete && <DeleteForm document={detail} />}
    </div>
  );
}
