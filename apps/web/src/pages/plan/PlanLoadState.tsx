import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../a11y/PageHeading';
import { isNotFound } from '../../api/errorText';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../NotFoundPage';

/** Shows what a plan page has before its plan is loaded: loading, not found, or the error. */
export function PlanLoadState({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isNotFound(error)) {
    return <NotFoundPage message={t('plans.notFound')} />;
  }
  if (error !== undefined) {
    return (
      <>
        <PageHeading title={t('plans.loadFailedTitle')} />
        <ErrorAlert error={error} />
      </>
    );
  }
  return <Loading />;
}
