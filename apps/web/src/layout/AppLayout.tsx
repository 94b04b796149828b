import { Document, Page, PageContent, SkipLink } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Outlet, useMatch } from 'react-router-dom';
import { routePath } from '../routes';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { focusElement } from '../a11y/focus';

/** Skip link, header, the page's main content and footer. The print view of a plan has only the content. */
export function AppLayout() {
  const { t } = useTranslation();
  // The print view of a plan shows only the plan, so it prints and reads without the site's menus.
  const bare = useMatch(routePath('printPlan')) !== null;

  return (
    <Document className="site-document">
      <SkipLink
        href="#inhoud"
        className="utrecht-skip-link--visible-on-focus"
        onClick={(event) => {
          // Focusing directly keeps the URL free of "#inhoud", which the router would treat as navigation.
          event.preventDefault();
          focusElement(document.getElementById('inhoud'));
        }}
      >
        {t('layout.skipLink')}
      </SkipLink>
      <Page className="site-page">
        {!bare && <SiteHeader />}
        <PageContent>
          <main id="inhoud" className="site-main">
            <Outlet />
          </main>
        </PageContent>
        {!bare && <SiteFooter />}
      </Page>
    </Document>
  );
}
