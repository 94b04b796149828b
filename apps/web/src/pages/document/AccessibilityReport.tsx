import type { DocumentCheck, DocumentVersion } from '@inclusieplein/contract';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Shows one failed check: what the problem means for a reader, then a tip for the maker. */
function CheckProblem({ check }: { check: DocumentCheck }) {
  const { t } = useTranslation();
  const params = check.params ?? {};
  let problem: string;
  if (check.code === 'images_alt_text' && params.imagesWithoutAlt !== undefined && params.images !== undefined) {
    problem = t('documents.accessibility.check.images_alt_text.counted', { count: params.imagesWithoutAlt, images: params.images });
  } else {
    problem = t(`documents.accessibility.check.${check.code}.problem`);
  }
  return (
    <li>
      {problem}
      <br />
      <span className="document-tip">{t(`documents.accessibility.check.${check.code}.tip`)}</span>
    </li>
  );
}

/**
 * Shows the accessibility label of one version in plain language: what our checks found, what it means
 * for screen reader users, and how the maker can fix it. Also shows whether the text is searchable.
 */
export function AccessibilityReport({ version }: { version: DocumentVersion }) {
  const { t } = useTranslation();
  const { accessibility } = version;
  // A PDF without text is the problem that matters most to a reader, so it comes first.
  const failed = accessibility.checks
    .filter((check) => !check.passed)
    .sort((first, second) => Number(second.code === 'pdf_text') - Number(first.code === 'pdf_text'));

  return (
    <section aria-labelledby="document-accessibility-heading">
      <Heading2 id="document-accessibility-heading">{t('documents.accessibility.title')}</Heading2>
      {accessibility.status === 'issues' && (
        <>
          <Paragraph>{t('documents.accessibility.issues')}</Paragraph>
          <ul className="document-checks">
            {failed.map((check) => (
              <CheckProblem key={check.code} check={check} />
            ))}
          </ul>
        </>
      )}
      {accessibility.status === 'passed' && (
        <>
          <Paragraph>{t('documents.accessibility.passed')}</Paragraph>
          <Paragraph>{t('documents.accessibility.limited')}</Paragraph>
        </>
      )}
      {accessibility.status === 'pending' && <Paragraph>{t('documents.accessibility.pending')}</Paragraph>}
      {accessibility.status === 'not_checked' && (
        <Paragraph>{t('documents.accessibility.notChecked', { format: t(`documents.format.${version.format}`) })}</Paragraph>
      )}
      {accessibility.status === 'failed' && <Paragraph>{t('documents.accessibility.failed')}</Paragraph>}
      <dl className="plan-facts">
        <div>
          <dt>{t('documents.extraction.label')}</dt>
          <dd>{t(`documents.extraction.${version.extractionStatus}`)}</dd>
        </div>
      </dl>
    </section>
  );
}
