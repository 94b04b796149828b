import { useTranslation } from 'react-i18next';
import { EasyReadIcon } from '../pages/easy-read/icons';
import { AppLink } from './AppLink';

/** Visible link to the easy-read version of the current subject, with the easy-read icon beside its text. */
export function EasyReadLink({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <p className="easy-read-link">
      <AppLink to={to}>
        <EasyReadIcon name="read" />
        <span>{t('easyRead.link')}</span>
      </AppLink>
    </p>
  );
}
