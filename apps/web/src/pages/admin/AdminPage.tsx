import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../a11y/PageHeading';
import { RequireLogin } from '../../components/RequireLogin';
import { AppLink } from '../../components/AppLink';
import { AppointOwnerSection } from './AppointOwnerSection';
import { BarrierReportsSection } from './BarrierReportsSection';
import { CreateNetworkSection } from './CreateNetworkSection';
import { DocumentDeletionsSection } from './DocumentDeletionsSection';
import { ExternalNetworksSection } from './ExternalNetworksSection';
import { LibraryEditorsSection } from './LibraryEditorsSection';
import { ProposalsSection } from './ProposalsSection';

export function AdminPage() {
  const { t } = useTranslation();
  return (
    <RequireLogin title={t('admin.title')} adminOnly>
      <PageHeading title={t('admin.title')} />
      <Paragraph>{t('admin.intro')}</Paragraph>
      <Paragraph>
        <AppLink to="/moderatie">{t('moderation.overview.adminLink')}</AppLink>
      </Paragraph>
      <nav aria-label={t('admin.sectionsNav')}>
        <ul className="plain-list admin-sections">
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="#voorstellen">{t('admin.proposals.title')}</a>
          </li>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="#meldingen">{t('barrierAdmin.title')}</a>
          </li>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="#netwerk-maken">{t('admin.create.title')}</a>
          </li>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="#eigenaar">{t('admin.owner.title')}</a>
          </li>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="#andere-websites">{t('admin.external.title')}</a>
          </li>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="#bibliotheek">{t('libraryAdmin.editors.title')}</a>
          </li>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="#verwijderde-documenten">{t('libraryAdmin.deletions.title')}</a>
          </li>
        </ul>
      </nav>
      <ProposalsSection />
      <BarrierReportsSection />
      <CreateNetworkSection />
      <AppointOwnerSection />
      <ExternalNetworksSection />
      <LibraryEditorsSection />
      <DocumentDeletionsSection />
    </RequireLogin>
  );
}
