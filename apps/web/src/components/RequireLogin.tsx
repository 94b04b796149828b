import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { PageHeading } from '../a11y/PageHeading';
import { loginPath, registerPath } from '../session/returnPath';
import { useSession } from '../session/SessionContext';
import { AppLink } from './AppLink';
import { Loading } from './Loading';

interface RequireLoginProps {
  /** Page title, also shown when the person may not see the page. */
  title: string;
  adminOnly?: boolean;
  children: ReactNode;
}

/** Shows `children` only to logged-in people (or administrators), and a way to log in to others. */
export function RequireLogin({ title, adminOnly = false, children }: RequireLoginProps) {
  const { t } = useTranslation();
  const { user, loading } = useSession();
  const location = useLocation();
  const currentPath = location.pathname + location.search;

  if (loading) {
    return <Loading />;
  }
  if (!user) {
    return (
      <>
        <PageHeading title={title} />
        <Paragraph>{t('auth.loginRequired')}</Paragraph>
        <Paragraph>
          <AppLink to={loginPath(currentPath)}>{t('auth.loginLink')}</AppLink>
          {' · '}
          <AppLink to={registerPath(currentPath)}>{t('auth.registerLink')}</AppLink>
        </Paragraph>
      </>
    );
  }
  if (adminOnly && !user.isAdmin) {
    return (
      <>
        <PageHeading title={title} />
        <Paragraph>{t('auth.adminOnly')}</Paragraph>
      </>
    );
  }
  return <>{children}</>;
}
