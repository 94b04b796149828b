import { PageFooter, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { AppLink } from '../components/AppLink';
import type { BarrierReportLocationState } from '../pages/accessibility/reportState';

/** Footer with the links every page needs: the accessibility statement, the report form and easy read. */
export function SiteFooter() {
  const { t } = useTranslation();
  const location = useLocation();
  // The report form fills in the page the person came from.
  const from: BarrierReportLocationState = { from: location.pathname + location.search };

  return (
    <PageFooter className="site-footer">
      <nav aria-label={t('footer.nav')}>
        <ul className="footer-links">
          <li>
            <AppLink to="/toegankelijkheid" state={from}>
              {t('footer.statement')}
            </AppLink>
          </li>
          <li>
            <AppLink to="/toegankelijkheid#melden" state={from}>
              {t('footer.report')}
            </AppLink>
          </li>
          <li>
            <AppLink to="/makkelijk-lezen">{t('footer.easyRead')}</AppLink>
          </li>
        </ul>
      </nav>
      <Paragraph>{t('layout.footer')}</Paragraph>
    </PageFooter>
  );
}
