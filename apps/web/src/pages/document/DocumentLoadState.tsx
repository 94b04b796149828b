import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../a11y/PageHeading';
import { isNotFound } from '../../api/errorText';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../NotFoundPage';

/**
 * Shows what a document page has before its document is loaded: loading, not found, or the error.
 * The API also returns 404 for a document of a closed network that the person may not read.
 */
export function DocumentLoadState({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isNotFound(error)) {
    return <NotFoundPage message={t('documents.notFound')} />;
  }
  if (error !== undefined) {
    return (
      <>
        <PageHeading title={t('documents.loadFailedTitle')} />
        <ErrorAlert error={error} />
      </>
    );
  }
  return <Loading />;
}
