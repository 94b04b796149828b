import { PageHeader } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router-dom';
import { useAnnounce } from '../a11y/LiveRegion';
import { describeError } from '../api/errorText';
import { NotificationBell } from '../pages/notifications/NotificationBell';
import { useSession } from '../session/SessionContext';
import { DisplaySettings } from './DisplaySettings';
import { LanguageSwitch } from './LanguageSwitch';

function navClass({ isActive }: { isActive: boolean }): string {
  return isActive ? 'site-nav__link site-nav__link--current' : 'site-nav__link';
}

export function SiteHeader() {
  const { t } = useTranslation();
  const { user, logout } = useSession();
  const announce = useAnnounce();
  const navigate = useNavigate();

  const handleLogout = async () => {
    try {
      await logout();
      announce(t('layout.loggedOut'));
      navigate('/');
    } catch (error) {
      announce(describeError(t, error));
    }
  };

  return (
    <PageHeader className="site-header">
      <div className="site-header__top">
        <NavLink to="/" className="site-header__name">
          Inclusieplein
        </NavLink>
        <div className="site-header__tools">
          <DisplaySettings />
          <LanguageSwitch />
        </div>
      </div>
      <nav aria-label={t('layout.mainNav')} className="site-nav">
        <ul>
          <li>
            <NavLink to="/" end className={navClass}>
              {t('layout.nav.home')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/netwerken" end className={navClass}>
              {t('layout.nav.networks')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/plannen" end className={navClass}>
              {t('layout.nav.plans')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/documenten" className={navClass}>
              {t('layout.nav.documents')}
            </NavLink>
          </li>
          {user && (
            <li>
              <NavLink to="/netwerken/voorstellen" className={navClass}>
                {t('layout.nav.propose')}
              </NavLink>
            </li>
          )}
          {user?.isAdmin && (
            <li>
              <NavLink to="/beheer" className={navClass}>
                {t('layout.nav.admin')}
              </NavLink>
            </li>
          )}
          {user ? (
            <>
              <li>
                <NotificationBell />
              </li>
              <li>
                <NavLink to="/profiel" className={navClass}>
                  {t('layout.nav.profile')}
                </NavLink>
              </li>
              <li>
                <button type="button" className="site-nav__button" onClick={() => void handleLogout()}>
                  {t('layout.nav.logout')}
                </button>
              </li>
            </>
          ) : (
            <>
              <li>
                <NavLink to="/inloggen" className={navClass}>
                  {t('layout.nav.login')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/registreren" className={navClass}>
                  {t('layout.nav.register')}
                </NavLink>
              </li>
            </>
          )}
        </ul>
      </nav>
      {user && <p className="site-header__user">{t('layout.loggedInAs', { name: user.displayName })}</p>}
    </PageHeader>
  );
}
