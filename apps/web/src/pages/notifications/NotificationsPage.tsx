import type { AppNotification } from '@inclusieplein/contract';
import { Button, Checkbox, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusElement } from '../../a11y/focus';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { notificationApi } from '../../api/notificationEndpoints';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { RequireLogin } from '../../components/RequireLogin';
import { NotificationItem, notificationLinkId } from './NotificationItem';
import { useNotifications } from './NotificationsContext';
import './notifications.css';

/** Notifications per request. The API accepts 1 to 50. */
const PAGE_SIZE = 20;

export function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <RequireLogin title={t('notifications.page.title')}>
      <NotificationList />
    </RequireLogin>
  );
}

interface ListState {
  items: AppNotification[];
  nextCursor: string | null;
}

function NotificationList() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { unreadCount, setUnreadCount, arrivals } = useNotifications();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [list, setList] = useState<ListState | null>(null);
  const [loadError, setLoadError] = useState<unknown>(undefined);
  const [moreError, setMoreError] = useState<unknown>(undefined);
  const [actionError, setActionError] = useState<unknown>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  const [markingAll, setMarkingAll] = useState(false);
  const [allReadNote, setAllReadNote] = useState(false);
  const [arrivalsAtLoad, setArrivalsAtLoad] = useState(arrivals);
  const generation = useRef(0);
  const announceFilter = useRef(false);
  const focusAfterLoad = useRef<string | null>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const loadFirstPage = useCallback(async (onlyUnread: boolean) => {
    const ticket = ++generation.current;
    setLoadError(undefined);
    setMoreError(undefined);
    try {
      const page = await notificationApi.list({ limit: PAGE_SIZE, unreadOnly: onlyUnread });
      if (ticket !== generation.current) return undefined;
      setList({ items: page.notifications, nextCursor: page.nextCursor });
      setUnreadCount(page.unreadCount);
      return page;
    } catch (error) {
      if (ticket === generation.current) setLoadError(error);
      return undefined;
    }
  }, [setUnreadCount]);

  useEffect(() => {
    setArrivalsAtLoad(arrivals);
    void loadFirstPage(unreadOnly).then((page) => {
      if (page && announceFilter.current) {
        announceFilter.current = false;
        announce(unreadOnly ? t('notifications.page.shownUnread', { count: page.unreadCount }) : t('notifications.page.shownAll'));
      }
    });
    // Live arrivals do not reload the list by themselves. The person chooses to show them.
  }, [unreadOnly, loadFirstPage]);

  // After "Toon oudere meldingen", focus goes to the first older notification, so reading continues there.
  useEffect(() => {
    const id = focusAfterLoad.current;
    if (id) {
      focusAfterLoad.current = null;
      focusElement(document.getElementById(notificationLinkId(id)));
    }
  }, [list]);

  useEffect(() => {
    if (allReadNote) focusElement(noteRef.current);
  }, [allReadNote]);

  const changeFilter = (checked: boolean) => {
    announceFilter.current = true;
    setAllReadNote(false);
    setUnreadOnly(checked);
  };

  const loadMore = async () => {
    if (!list?.nextCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    const ticket = generation.current;
    try {
      const page = await notificationApi.list({ before: list.nextCursor, limit: PAGE_SIZE, unreadOnly });
      if (ticket !== generation.current) return;
      const known = new Set(list.items.map((item) => item.id));
      const added = page.notifications.filter((item) => !known.has(item.id));
      focusAfterLoad.current = added[0]?.id ?? null;
      setList({ items: [...list.items, ...added], nextCursor: page.nextCursor });
      setUnreadCount(page.unreadCount);
      announce(t('notifications.page.loadedMore', { count: added.length }));
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  const markAllRead = async () => {
    if (markingAll) return;
    setMarkingAll(true);
    setActionError(undefined);
    try {
      const result = await notificationApi.markAllRead();
      const now = new Date().toISOString();
      setUnreadCount(result.unreadCount);
      setList((current) => current && { ...current, items: current.items.map((item) => ({ ...item, readAt: item.readAt ?? now })) });
      setAllReadNote(true);
      // The note may already be on screen after an earlier "Alles gelezen". Focus it again in that case.
      focusElement(noteRef.current);
    } catch (error) {
      setActionError(error);
    } finally {
      setMarkingAll(false);
    }
  };

  /** Marks one notification read in the list and in the bell. Errors stay silent when the person is leaving the page. */
  const markRead = async (notification: AppNotification, options: { focusLink: boolean }) => {
    if (notification.readAt) return;
    setActionError(undefined);
    try {
      const result = await notificationApi.markRead(notification.id);
      setUnreadCount(result.unreadCount);
      setList((current) =>
        current && {
          ...current,
          items: current.items.map((item) => (item.id === notification.id ? { ...item, readAt: new Date().toISOString() } : item)),
        },
      );
      if (options.focusLink) {
        announce(t('notifications.page.markedRead'));
        // The button disappears with the unread state, so focus goes to the notification's link.
        window.setTimeout(() => focusElement(document.getElementById(notificationLinkId(notification.id))), 0);
      }
    } catch (error) {
      if (options.focusLink) setActionError(error);
    }
  };

  const showNew = async () => {
    setAllReadNote(false);
    setArrivalsAtLoad(arrivals);
    const page = await loadFirstPage(unreadOnly);
    if (page) focusElement(listHeading.current);
  };

  // An empty list has no reading position to lose, so new notifications simply appear in it.
  const listIsEmpty = list !== null && list.items.length === 0;
  useEffect(() => {
    if (listIsEmpty && arrivals > arrivalsAtLoad) {
      setArrivalsAtLoad(arrivals);
      void loadFirstPage(unreadOnly);
    }
  }, [listIsEmpty, arrivals, arrivalsAtLoad, unreadOnly, loadFirstPage]);

  const count = unreadCount ?? 0;
  const hasNew = arrivals > arrivalsAtLoad && !listIsEmpty;

  return (
    <>
      <PageHeading title={t('notifications.page.title')} />
      <Paragraph>{t('notifications.page.intro')}</Paragraph>
      <Paragraph>
        <AppLink to="/profiel/meldingen">{t('notifications.page.settingsLink')}</AppLink>
      </Paragraph>

      {unreadCount !== null && <Paragraph>{t('notifications.page.summary', { count })}</Paragraph>}

      <div className="notification-toolbar">
        <div className="checkbox-option">
          <Checkbox
            id="notifications-only-unread"
            checked={unreadOnly}
            onChange={(event) => changeFilter(event.target.checked)}
          />
          <FormLabel htmlFor="notifications-only-unread" type="checkbox">
            {t('notifications.page.onlyUnread')}
          </FormLabel>
        </div>
        {count > 0 && (
          <Button type="button" appearance="secondary-action-button" busy={markingAll} onClick={() => void markAllRead()}>
            {t('notifications.page.markAllRead')}
          </Button>
        )}
      </div>

      {allReadNote && (
        <Paragraph ref={noteRef} className="success-note">
          {t('notifications.page.allMarkedRead')}
        </Paragraph>
      )}
      {actionError !== undefined && <ErrorAlert error={actionError} />}

      {hasNew && (
        <Paragraph>
          {t('notifications.page.newArrived')}{' '}
          <Button type="button" appearance="secondary-action-button" onClick={() => void showNew()}>
            {t('notifications.page.showNew')}
          </Button>
        </Paragraph>
      )}

      <section aria-labelledby="notification-list-heading">
        <Heading2 id="notification-list-heading" ref={listHeading}>
          {t('notifications.page.listLabel')}
        </Heading2>
        {loadError !== undefined && <ErrorAlert error={loadError} />}
        {list === null && loadError === undefined && <Loading />}
        {list && list.items.length === 0 && (
          <Paragraph>{unreadOnly ? t('notifications.page.noneUnread') : t('notifications.page.none')}</Paragraph>
        )}
        {list && list.items.length > 0 && (
          <ul className="notification-list">
            {list.items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                onFollow={() => void markRead(notification, { focusLink: false })}
                onMarkRead={() => void markRead(notification, { focusLink: true })}
              />
            ))}
          </ul>
        )}
        {moreError !== undefined && <ErrorAlert error={moreError} />}
        {list?.nextCursor && (
          <Button type="button" appearance="secondary-action-button" busy={loadingMore} onClick={() => void loadMore()}>
            {t('notifications.page.loadMore')}
          </Button>
        )}
        {list && list.items.length > 0 && !list.nextCursor && <Paragraph>{t('notifications.page.end')}</Paragraph>}
      </section>
    </>
  );
}
