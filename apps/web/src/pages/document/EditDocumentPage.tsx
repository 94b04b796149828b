import type { DocumentDetail } from '@inclusieplein/contract';
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { documentApi } from '../../api/documentEndpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { RequireLogin } from '../../components/RequireLogin';
import { useForm } from '../../forms/useForm';
import { DocumentForm, useDocumentLabels } from './DocumentForm';
import { DocumentLoadState } from './DocumentLoadState';
import { documentPaths } from './documentPaths';
import { metadataInput, valuesOf, type DocumentFormValues } from './documentValues';

export function EditDocumentPage() {
  const { t } = useTranslation();
  return (
    <RequireLogin title={t('documents.edit.title')}>
      <EditDocumentContent />
    </RequireLogin>
  );
}

function EditDocumentContent() {
  const { t } = useTranslation();
  const { documentId = '' } = useParams();
  const document = useApi(() => documentApi.get(documentId), [documentId]);

  if (!document.data) {
    return <DocumentLoadState error={document.error} />;
  }
  return <EditDocumentForm document={document.data} key={document.data.id} title={t('documents.edit.title')} />;
}

/** Renders the edit form from the stored description. It mounts only after loading, so nothing the person types is replaced. */
function EditDocumentForm({ document, title }: { document: DocumentDetail; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [values, setValues] = useState<DocumentFormValues>(() => valuesOf(document));
  const labels = useDocumentLabels();
  const form = useForm('edit-document', labels);

  const save = async (current: DocumentFormValues) => {
    await documentApi.update(document.id, metadataInput(current));
    announce(t('documents.edit.done'));
    navigate(documentPaths.view(document.id));
  };

  return (
    <>
      <Paragraph className="breadcrumb">
        <AppLink to={documentPaths.view(document.id)}>{t('documents.backToDocument', { title: document.title })}</AppLink>
      </Paragraph>
      <PageHeading title={title} />
      <Paragraph>{t('documents.edit.intro')}</Paragraph>
      {!document.canEdit && <Paragraph>{t('documents.edit.notAllowed')}</Paragraph>}
      {document.canEdit && <DocumentForm form={form} values={values} onChange={setValues} submitLabel={t('documents.edit.submit')} onSubmit={save} />}
    </>
  );
}
