import type { NotificationCreatedEvent } from '@inclusieplein/contract';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { notificationApi } from '../../api/notificationEndpoints';
import { getSocket } from '../../realtime/socket';
import { useSocketEvent } from '../../realtime/useRealtime';
import { useSession } from '../../session/SessionContext';
import { isShownOnPage, notificationSentence } from './notificationText';

interface NotificationsState {
  /** Count of unread notifications of the signed-in person, or null while unknown or signed out. */
  unreadCount: number | null;
  /** Sets the count from an API response, such as after marking notifications read. */
  setUnreadCount: (count: number) => void;
  /** Increases by one for every live `notification.created`, so an open list can offer to show the new ones. */
  arrivals: number;
}

const NotificationsContext = createContext<NotificationsState>({ unreadCount: null, setUnreadCount: () => undefined, arrivals: 0 });

/** Notifications that arrive within this time are announced together, so a burst is read once. */
const ANNOUNCE_BATCH_MS = 400;

/**
 * Keeps the unread count of the signed-in person up to date over Socket.io and announces each
 * new notification once through the polite live region, unless the page on screen announces the
 * same change itself. Focus never moves. The server sends both events only to the person's own
 * sockets.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const announce = useAnnounce();
  const [unreadCount, setUnreadCount] = useState<number | null>(null);
  const [arrivals, setArrivals] = useState(0);
  const userId = user?.id ?? null;
  const pending = useRef<string[]>([]);
  const batchTimer = useRef<number | undefined>(undefined);
  const location = useLocation();
  const pathname = useRef(location.pathname);
  pathname.current = location.pathname;

  const refreshCount = useCallback(async () => {
    if (!userId) return;
    try {
      const result = await notificationApi.unreadCount();
      setUnreadCount(result.unreadCount);
    } catch {
      // The bell then keeps its last count. The next event or reconnect sets it again.
    }
  }, [userId]);

  useEffect(() => {
    setUnreadCount(null);
    void refreshCount();
  }, [refreshCount]);

  // Events sent while the socket was disconnected are lost, so every (re)connect reads the count again.
  useEffect(() => {
    if (!userId) return undefined;
    const socket = getSocket();
    const onConnect = () => void refreshCount();
    socket.on('connect', onConnect);
    return () => {
      socket.off('connect', onConnect);
    };
  }, [userId, refreshCount]);

  const announceBatch = useCallback(async () => {
    const ids = pending.current;
    pending.current = [];
    if (ids.length > 1) {
      announce(t('notifications.announceMany', { count: ids.length }));
      return;
    }
    try {
      const page = await notificationApi.list({ limit: 10 });
      const found = page.notifications.find((notification) => notification.id === ids[0]);
      if (found && isShownOnPage(found, pathname.current)) return;
      announce(found ? t('notifications.announceNew', { text: notificationSentence(t, found) }) : t('notifications.announceUnknown'));
    } catch {
      announce(t('notifications.announceUnknown'));
    }
  }, [announce, t]);

  useSocketEvent('notification.created', (event: NotificationCreatedEvent) => {
    if (!userId) return;
    setUnreadCount(event.unreadCount);
    setArrivals((count) => count + 1);
    pending.current.push(event.notificationId);
    window.clearTimeout(batchTimer.current);
    batchTimer.current = window.setTimeout(() => void announceBatch(), ANNOUNCE_BATCH_MS);
  });

  useSocketEvent('notifications.read', (event) => {
    if (userId) setUnreadCount(event.unreadCount);
  });

  useEffect(() => () => window.clearTimeout(batchTimer.current), []);

  const value = useMemo(
    () => ({ unreadCount: userId ? unreadCount : null, setUnreadCount, arrivals }),
    [userId, unreadCount, arrivals],
  );
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): NotificationsState {
  return useContext(NotificationsContext);
}
