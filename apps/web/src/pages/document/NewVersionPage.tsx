import { LIMITS, type DocumentDetail, type UploadedFile } from '@inclusieplein/contract';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { focusElement } from '../../a11y/focus';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { documentApi } from '../../api/documentEndpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { RequireLogin } from '../../components/RequireLogin';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField } from '../../forms/fields';
import { useForm } from '../../forms/useForm';
import { checkText } from '../../forms/validation';
import { DocumentLoadState } from './DocumentLoadState';
import { documentPaths } from './documentPaths';
import { FileUpload } from './FileUpload';

export function NewVersionPage() {
  const { t } = useTranslation();
  return (
    <RequireLogin title={t('documents.newVersion.title')}>
      <NewVersionContent />
    </RequireLogin>
  );
}

function NewVersionContent() {
  const { documentId = '' } = useParams();
  const document = useApi(() => documentApi.get(documentId), [documentId]);
  if (!document.data) {
    return <DocumentLoadState error={document.error} />;
  }
  return <NewVersionForm document={document.data} />;
}

function NewVersionForm({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const limits = useApi(() => documentApi.limits(), []);
  const labels = useMemo(() => ({ note: t('documents.newVersion.note') }), [t]);
  const form = useForm('new-version', labels);
  const [upload, setUpload] = useState<UploadedFile | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const noteHeading = useRef<HTMLHeadingElement>(null);
  const [focusNote, setFocusNote] = useState(false);

  useEffect(() => {
    if (focusNote && upload) {
      setFocusNote(false);
      focusElement(noteHeading.current);
    }
  }, [focusNote, upload]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !upload) return;
    const problem = checkText(note, LIMITS.versionNote);
    if (problem) {
      form.showProblems({ note: problem });
      return;
    }
    setBusy(true);
    try {
      const changed = await documentApi.addVersion(document.id, { uploadId: upload.uploadId, note: note.trim() || null });
      form.clearErrors();
      announce(t('documents.newVersion.done', { number: changed.currentVersion.number }));
      navigate(documentPaths.view(document.id));
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  const blocked = !document.canEdit || document.archived;

  return (
    <>
      <Paragraph className="breadcrumb">
        <AppLink to={documentPaths.view(document.id)}>{t('documents.backToDocument', { title: document.title })}</AppLink>
      </Paragraph>
      <PageHeading title={t('documents.newVersion.title')} />
      <Paragraph>{t('documents.newVersion.intro', { title: document.title, number: document.currentVersion.number })}</Paragraph>
      {!document.canEdit && <Paragraph>{t('documents.edit.notAllowed')}</Paragraph>}
      {document.canEdit && document.archived && <Paragraph>{t('documents.newVersion.archived')}</Paragraph>}

      {!blocked && (
        <FileUpload
          id="new-version-upload"
          title={t('documents.newVersion.stepFile')}
          limits={limits.data}
          limitsError={limits.error}
          onReady={(file, reason) => {
            setUpload(file);
            setFocusNote(file !== null && reason === 'confirmed');
          }}
        />
      )}

      {!blocked && upload && (
        <section aria-labelledby="new-version-note-heading" className="panel">
          <Heading2 ref={noteHeading} id="new-version-note-heading">
            {t('documents.newVersion.stepNote')}
          </Heading2>
          <ErrorSummary form={form} />
          <form noValidate onSubmit={(event) => void submit(event)} className="form">
            <TextAreaField
              form={form}
              name="note"
              optional
              rows={3}
              label={labels.note}
              description={t('documents.newVersion.noteHint', { max: LIMITS.versionNote.max })}
              value={note}
              onChange={setNote}
            />
            <Button type="submit" appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined}>
              {t('documents.newVersion.submit')}
            </Button>
          </form>
        </section>
      )}
    </>
  );
}
