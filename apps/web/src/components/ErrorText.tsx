import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { describeError, isNotAuthenticated } from '../api/errorText';
import { loginPath } from '../session/returnPath';
import { AppLink } from './AppLink';

/** Shows the sentence for an API error, with a link to log in when the session has ended. */
export function ErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const location = useLocation();

  return (
    <Paragraph>
      {describeError(t, error)}
      {isNotAuthenticated(error) && (
        <>
          {' '}
          <AppLink to={loginPath(location.pathname + location.search)}>{t('errors.loginLink')}</AppLink>
        </>
      )}
    </Paragraph>
  );
}

/** Error box for a failed load or action outside a form. */
export function ErrorAlert({ error }: { error: unknown }) {
  return (
    <Alert type="error" role="alert">
      <ErrorText error={error} />
    </Alert>
  );
}
