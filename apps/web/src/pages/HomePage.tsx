import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../a11y/PageHeading';
import { AppLink } from '../components/AppLink';
import { EasyReadLink } from '../components/EasyReadLink';
import { useSession } from '../session/SessionContext';

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();

  return (
    <>
      <PageHeading title={t('home.title')} />
      <EasyReadLink to="/makkelijk-lezen" />
      <Paragraph appearance="lead">{t('home.lead')}</Paragraph>

      <Heading2>{t('home.whatTitle')}</Heading2>
      <Paragraph>{t('home.whatText')}</Paragraph>
      <Paragraph>{t('home.crpdText')}</Paragraph>

      <Heading2>{t('home.networkTitle')}</Heading2>
      <Paragraph>{t('home.networkText')}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>{t('home.networkOpen')}</UnorderedListItem>
        <UnorderedListItem>{t('home.networkClosed')}</UnorderedListItem>
      </UnorderedList>

      <Heading2>{t('home.startTitle')}</Heading2>
      <div className="action-row">
        <AppLink to="/netwerken" appearance="primary-button">
          {t('home.viewNetworks')}
        </AppLink>
        {user ? (
          <AppLink to="/netwerken/voorstellen" appearance="secondary-button">
            {t('home.proposeNetwork')}
          </AppLink>
        ) : (
          <AppLink to="/registreren" appearance="secondary-button">
            {t('home.register')}
          </AppLink>
        )}
      </div>
    </>
  );
}
