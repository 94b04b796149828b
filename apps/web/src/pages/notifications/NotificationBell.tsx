import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useNotifications } from './NotificationsContext';
import './notifications.css';

/**
 * Renders the link to the notifications page with the unread count. The count is part of the link's
 * accessible name ("Meldingen, 3 ongelezen") and shows as a number in a bordered badge, so it
 * never depends on colour. The link itself is no live region: the provider announces new
 * notifications once.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { unreadCount } = useNotifications();
  const count = unreadCount ?? 0;
  const label = count > 0 ? t('notifications.bell.labelUnread', { count }) : t('notifications.bell.label');

  return (
    <NavLink
      to="/meldingen"
      aria-label={label}
      className={({ isActive }) => `site-nav__link notification-bell${isActive ? ' site-nav__link--current' : ''}`}
    >
      <svg className="notification-bell__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      <span>{t('notifications.bell.label')}</span>
      {count > 0 && (
        <span className="notification-bell__count" data-testid="unread-count">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
