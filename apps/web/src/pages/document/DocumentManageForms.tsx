import { LIMITS, type DocumentDetail } from '@inclusieplein/contract';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { documentApi } from '../../api/documentEndpoints';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField } from '../../forms/fields';
import { useForm } from '../../forms/useForm';
import { checkText } from '../../forms/validation';
import { documentPaths } from './documentPaths';

interface ManageFormProps {
  document: DocumentDetail;
  /** Receives the document as the server stored it after the change. */
  onChanged: (document: DocumentDetail) => void;
}

/** Archives a document with an optional reason, after a confirmation step. */
export function ArchiveForm({ document, onChanged }: ManageFormProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const labels = useMemo(() => ({ reason: t('documents.archive.reason') }), [t]);
  const form = useForm('document-archive', labels);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problem = checkText(reason, LIMITS.archiveReason);
    if (problem) {
      form.showProblems({ reason: problem });
      return;
    }
    form.clearErrors();
    setConfirming(true);
  };

  const archive = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      const changed = await documentApi.archive(document.id, { reason: reason.trim() || null });
      setReason('');
      announce(t('documents.archive.done'));
      onChanged(changed);
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="document-archive-heading" className="panel">
      <Heading2 id="document-archive-heading">{t('documents.archive.title')}</Heading2>
      <Paragraph>{t('documents.archive.intro')}</Paragraph>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={submit} className="form">
        <TextAreaField form={form} name="reason" optional rows={2} label={labels.reason} description={t('documents.archive.reasonHint')} value={reason} onChange={setReason} />
        <Button ref={opener} type="submit" appearance="secondary-action-button" busy={busy} aria-disabled={busy || undefined}>
          {t('documents.archive.submit')}
        </Button>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('documents.archive.confirmTitle')}
        message={t('documents.archive.confirmText')}
        confirmLabel={t('documents.archive.confirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => void archive()}
        onCancel={() => {
          setConfirming(false);
          opener.current?.focus();
        }}
      />
    </section>
  );
}

/** Puts an archived document back in the lists. */
export function RestoreForm({ document, onChanged }: ManageFormProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const form = useForm('document-restore', {});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const changed = await documentApi.restore(document.id);
      form.clearErrors();
      announce(t('documents.restore.done'));
      onChanged(changed);
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="document-restore-heading" className="panel">
      <Heading2 id="document-restore-heading">{t('documents.restore.title')}</Heading2>
      <Paragraph>{t('documents.restore.intro')}</Paragraph>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void submit(event)} className="form">
        <Button type="submit" appearance="secondary-action-button" busy={busy} aria-disabled={busy || undefined}>
          {t('documents.restore.submit')}
        </Button>
      </form>
    </section>
  );
}

/** Permanent deletion by an administrator: a required reason, then a confirmation step. */
export function DeleteForm({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const labels = useMemo(() => ({ reason: t('documents.delete.reason') }), [t]);
  const form = useForm('document-delete', labels);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problem = checkText(reason, { required: true, ...LIMITS.deletionReason });
    if (problem) {
      form.showProblems({ reason: problem });
      return;
    }
    form.clearErrors();
    setConfirming(true);
  };

  const remove = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      await documentApi.remove(document.id, { reason: reason.trim() });
      announce(t('documents.delete.done', { title: document.title }));
      navigate(documentPaths.list());
    } catch (error) {
      form.showServerError(error);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="document-delete-heading" className="panel">
      <Heading2 id="document-delete-heading">{t('documents.delete.title')}</Heading2>
      <Paragraph>{t('documents.delete.intro')}</Paragraph>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={submit} className="form">
        <TextAreaField form={form} name="reason" rows={2} label={labels.reason} description={t('documents.delete.reasonHint', { min: LIMITS.deletionReason.min })} value={reason} onChange={setReason} />
        <Button ref={opener} type="submit" appearance="primary-action-button" hint="danger" busy={busy} aria-disabled={busy || undefined}>
          {t('documents.delete.submit')}
        </Button>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('documents.delete.confirmTitle')}
        message={t('documents.delete.confirmText', { title: document.title })}
        confirmLabel={t('documents.delete.confirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => void remove()}
        onCancel={() => {
          setConfirming(false);
          opener.current?.focus();
        }}
      />
    </section>
  );
}
