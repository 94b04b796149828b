import type { AppNotification } from '@inclusieplein/contract';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { useFormat } from '../../i18n/format';
import { notificationHref, notificationSentence } from './notificationText';

/** Id of the link (or text) of a notification, for focus after loading more or marking it read. */
export function notificationLinkId(notificationId: string): string {
  return `melding-${notificationId}`;
}

interface NotificationItemProps {
  notification: AppNotification;
  /** Called when the person follows the link. The notification counts as read from then on. */
  onFollow: () => void;
  onMarkRead: () => void;
}

/**
 * Renders one notification: its read state in words, the sentence as a link to what it is about, the time
 * and any reason a moderator gave. Unread items also look different, but the words carry the state.
 */
export function NotificationItem({ notification, onFollow, onMarkRead }: NotificationItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const unread = notification.readAt === null;
  const linkId = notificationLinkId(notification.id);
  const sentence = notificationSentence(t, notification);
  const href = notificationHref(notification);
  const stateText = unread ? t('notifications.unreadMark') : t('notifications.readMark');

  return (
    <li className={`notification ${unread ? 'notification--unread' : 'notification--read'}`}>
      <Paragraph className="notification__text">
        {href ? (
          <AppLink id={linkId} to={href} className="notification__link" onClick={onFollow}>
            <span className="notification__state">{stateText}:</span> {sentence}
          </AppLink>
        ) : (
          <span id={linkId} className="notification__link">
            <span className="notification__state">{stateText}:</span> {sentence}
          </span>
        )}
      </Paragraph>
      {notification.params.reason && (
        <Paragraph className="notification__meta">{t('notifications.reason', { reason: notification.params.reason })}</Paragraph>
      )}
      <Paragraph className="notification__meta">
        <time dateTime={notification.createdAt}>{format.dateTime(notification.createdAt)}</time>
      </Paragraph>
      {unread && (
        <Button type="button" appearance="subtle-button" aria-describedby={linkId} onClick={onMarkRead}>
          {t('notifications.page.markRead')}
        </Button>
      )}
    </li>
  );
}
