import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../a11y/PageHeading';
import { AppLink } from '../components/AppLink';

export function NotFoundPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('notFound.title')} />
      <Paragraph>{message ?? t('notFound.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('notFound.home')}</AppLink>
        {' · '}
        <AppLink to="/netwerken">{t('notFound.networks')}</AppLink>
      </Paragraph>
    </>
  );
}
