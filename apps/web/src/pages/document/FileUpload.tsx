import type { UploadedFile, UploadLimits } from '@inclusieplein/contract';
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { focusField } from '../../forms/ErrorSummary';
import { useFocusOnAttempt } from '../../forms/useForm';
import { documentPaths } from './documentPaths';
import { focusAfterPaint } from './focusAfterPaint';
import { useFileFacts } from './fileFacts';
import { useUpload, type UploadProblem } from './useUpload';
import { AppLink } from '../../components/AppLink';

/** File name extensions for the file chooser's filter. The server decides the real type from the bytes. */
const ACCEPTED_EXTENSIONS = '.pdf,.docx,.odt,.xlsx,.pptx,.txt,.md,.markdown,.png,.jpg,.jpeg,.gif,.webp';

interface FileUploadProps {
  /** Prefix of element ids, so the page can link to the file field. */
  id: string;
  title: string;
  limits: UploadLimits | undefined;
  limitsError: unknown;
  /**
   * Receives the stored file once it may be used: right after the upload, or after the person
   * chose to go on with a file that is already on the platform. Receives null when they start over.
   */
  onReady: (file: UploadedFile | null, reason: 'uploaded' | 'confirmed') => void;
}

/**
 * Step that sends one file: a native file field with the allowed formats and size, a button that
 * starts the upload, a labelled progress bar, the reasons of a failure, and what was stored.
 */
export function FileUpload({ id, title, limits, limitsError, onReady }: FileUploadProps) {
  const { t } = useTranslation();
  const facts = useFileFacts();
  const upload = useUpload(limits);
  const input = useRef<HTMLInputElement>(null);
  const errorBox = useRef<HTMLDivElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const [confirmed, setConfirmed] = useState(false);
  const { state } = upload;

  const fieldId = `${id}-file`;
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const failed = state.phase === 'failed' && state.problem !== 'cancelled' ? state : null;
  useFocusOnAttempt(failed?.attempt ?? 0, errorBox, failed !== null);

  const doneFile = state.phase === 'done' ? state.file : null;
  useEffect(() => {
    if (!doneFile) return;
    setConfirmed(false);
    if (!doneFile.duplicateOf) {
      onReady(doneFile, 'uploaded');
    }
    // The page shows its next step as soon as it has the file, so focus moves after that is drawn.
    return focusAfterPaint(() => doneHeading.current);
    // onReady is called once per stored file, not again when the parent passes a new function.
  }, [doneFile]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void upload.start(input.current?.files?.[0]);
  };

  const startOver = () => {
    upload.reset();
    setConfirmed(false);
    onReady(null, 'uploaded');
    window.setTimeout(() => input.current?.focus(), 0);
  };

  const problemText = (problem: UploadProblem) => {
    const max = limits ? facts.size(limits.maxBytes) : '';
    switch (problem) {
      case 'too_large': {
        const size = input.current?.files?.[0]?.size;
        return size ? t('documents.upload.problem.too_large_size', { max, size: facts.size(size) }) : t('documents.upload.problem.too_large', { max });
      }
      default:
        return t(`documents.upload.problem.${problem}`);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <Heading2 id={`${id}-heading`}>{title}</Heading2>

      {state.phase !== 'done' && (
        <>
          {failed && (
            <div ref={errorBox} role="alert" aria-labelledby={`${id}-error-heading`} className="error-summary">
              <Heading3 id={`${id}-error-heading`}>{t('forms.errorSummaryHeading')}</Heading3>
              {failed.problem === 'other' || failed.problem === 'not_authenticated' ? (
                <ErrorText error={failed.error} />
              ) : (
                <Paragraph>
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${fieldId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(fieldId);
                    }}
                  >
                    {problemText(failed.problem)}
                  </a>
                </Paragraph>
              )}
            </div>
          )}
          {state.phase === 'failed' && state.problem === 'cancelled' && <Paragraph role="status">{t('documents.upload.problem.cancelled')}</Paragraph>}

          <form noValidate onSubmit={submit} className="form">
            <FormField
              invalid={Boolean(failed)}
              label={<FormLabel htmlFor={fieldId}>{t('documents.upload.fileLabel')}</FormLabel>}
              description={
                <FormFieldDescription id={hintId}>
                  {limits
                    ? t('documents.upload.hint', { formats: facts.formatList(limits.formats), max: facts.size(limits.maxBytes) })
                    : t('documents.upload.hintWithoutLimits')}
                </FormFieldDescription>
              }
              errorMessage={failed && failed.problem !== 'other' && <FormFieldErrorMessage id={errorId}>{problemText(failed.problem)}</FormFieldErrorMessage>}
              input={
                <input
                  ref={input}
                  id={fieldId}
                  name="file"
                  type="file"
                  className="file-input"
                  accept={ACCEPTED_EXTENSIONS}
                  aria-required="true"
                  aria-invalid={failed ? true : undefined}
                  aria-describedby={[hintId, failed && failed.problem !== 'other' ? errorId : null].filter(Boolean).join(' ')}
                  disabled={state.phase === 'uploading'}
                />
              }
            />
            {limitsError !== undefined && <ErrorText error={limitsError} />}
            {!limits && limitsError === undefined && <Loading />}
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={state.phase === 'uploading'} aria-disabled={state.phase === 'uploading' || undefined}>
                {t('documents.upload.start')}
              </Button>
              {state.phase === 'uploading' && (
                <Button type="button" appearance="secondary-action-button" onClick={upload.cancel}>
                  {t('documents.upload.cancel')}
                </Button>
              )}
            </ButtonGroup>
            {state.phase === 'uploading' && (
              <div className="upload-progress">
                <label htmlFor={`${id}-progress`} className="utrecht-form-label">
                  {t('documents.upload.progressLabel')}
                </label>
                <progress id={`${id}-progress`} max={100} value={state.percent}>
                  {t('documents.upload.percent', { percent: state.percent })}
                </progress>
                <span aria-hidden="true">{t('documents.upload.percent', { percent: state.percent })}</span>
              </div>
            )}
          </form>
        </>
      )}

      {doneFile && (
        <div className="upload-done">
          <Heading3 ref={doneHeading} id={`${id}-done-heading`}>
            {t('documents.upload.done')}
          </Heading3>
          <dl className="plan-facts">
            <div>
              <dt>{t('documents.upload.fileName')}</dt>
              <dd translate="no">{doneFile.fileName}</dd>
            </div>
            <div>
              <dt>{t('documents.upload.fileType')}</dt>
              <dd>{facts.formatName(doneFile.format)}</dd>
            </div>
            <div>
              <dt>{t('documents.upload.fileSize')}</dt>
              <dd>{facts.size(doneFile.sizeBytes)}</dd>
            </div>
          </dl>
          {doneFile.duplicateOf && !confirmed ? (
            <Alert type="warning">
              <Paragraph>
                {t('documents.upload.duplicate')}{' '}
                <AppLink to={documentPaths.view(doneFile.duplicateOf.documentId)}>{doneFile.duplicateOf.title}</AppLink>
              </Paragraph>
              <Paragraph>{t('documents.upload.duplicateQuestion')}</Paragraph>
              <ButtonGroup>
                <Button
                  type="button"
                  appearance="primary-action-button"
                  onClick={() => {
                    setConfirmed(true);
                    onReady(doneFile, 'confirmed');
                  }}
                >
                  {t('documents.upload.goOn')}
                </Button>
                <Button type="button" appearance="secondary-action-button" onClick={startOver}>
                  {t('documents.upload.another')}
                </Button>
              </ButtonGroup>
            </Alert>
          ) : (
            <Button type="button" appearance="secondary-action-button" onClick={startOver}>
              {t('documents.upload.another')}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
