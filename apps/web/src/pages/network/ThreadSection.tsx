import type { NetworkDetail, ThreadCreatedEvent } from '@inclusieplein/contract';
import { ThreadFlags } from '../moderation/ThreadModeration';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { networkApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { DemoBadge } from '../../components/badges';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { useNetworkRoom, useSocketEvent } from '../../realtime/useRealtime';
import { NewThreadForm } from './NewThreadForm';
import { focusElement } from '../../a11y/focus';

interface ThreadSectionProps {
  network: NetworkDetail;
  /** Whether the person may start a thread: members only. */
  canPost: boolean;
}

/**
 * Thread list of a network. New threads from others are not inserted while someone reads:
 * a button shows how many arrived, and the list reloads only when the person presses it.
 */
export function ThreadSection({ network, canPost }: ThreadSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const threads = useApi(() => networkApi.threads(network.slug), [network.slug]);
  const [newThreadIds, setNewThreadIds] = useState<string[]>([]);
  const ownThreadIds = useRef(new Set<string>());
  const heading = useRef<HTMLHeadingElement>(null);

  const joined = useNetworkRoom(network.id);

  const onThreadCreated = useCallback(
    (event: ThreadCreatedEvent) => {
      if (event.networkId !== network.id || ownThreadIds.current.has(event.threadId)) {
        return;
      }
      if (threads.data?.some((thread) => thread.id === event.threadId)) {
        return;
      }
      setNewThreadIds((current) => (current.includes(event.threadId) ? current : [...current, event.threadId]));
    },
    [network.id, threads.data],
  );
  useSocketEvent('thread.created', onThreadCreated);

  // One polite announcement per burst: several threads in quick succession give one message.
  useEffect(() => {
    if (newThreadIds.length === 0) {
      return undefined;
    }
    const timer = window.setTimeout(() => announce(t('threads.newArrived', { count: newThreadIds.length })), 1500);
    return () => window.clearTimeout(timer);
  }, [newThreadIds.length, announce, t]);

  const showNew = async () => {
    await threads.reload();
    setNewThreadIds([]);
    focusElement(heading.current);
  };

  return (
    <>
      <section aria-labelledby="threads-heading" data-live={joined ? 'joined' : 'waiting'}>
        <Heading2 id="threads-heading" ref={heading}>
          {t('threads.title')}
        </Heading2>
        {newThreadIds.length > 0 && (
          <Button type="button" appearance="secondary-action-button" className="new-items-button" onClick={() => void showNew()}>
            {t('threads.newButton', { count: newThreadIds.length })}
          </Button>
        )}
        {threads.error !== undefined && <ErrorAlert error={threads.error} />}
        {threads.loading && !threads.data && <Loading />}
        {threads.data && threads.data.length === 0 && <Paragraph>{t('threads.none')}</Paragraph>}
        {threads.data && threads.data.length > 0 && (
          <ul className="card-list">
            {threads.data.map((thread) => (
              <li key={thread.id} className="card">
                <h3 className="utrecht-heading-3">
                  <AppLink to={`/netwerken/${network.slug}/onderwerpen/${thread.id}`}>{thread.title}</AppLink>
                </h3>
                {thread.isDemo && <DemoBadge />}
                <ThreadFlags pinned={thread.pinned} locked={thread.locked} />
                <Paragraph>
                  {t('threads.startedBy', { name: thread.author.displayName })}{' '}
                  <time dateTime={thread.createdAt}>{format.date(thread.createdAt)}</time>
                  {' · '}
                  {t('threads.replyCount', { count: thread.replyCount, formatted: format.number(thread.replyCount) })}
                  {' · '}
                  {t('threads.lastActivity')} <time dateTime={thread.lastActivityAt}>{format.dateTime(thread.lastActivityAt)}</time>
                </Paragraph>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canPost && network.status === 'active' && (
        <NewThreadForm network={network} onCreated={(threadId) => ownThreadIds.current.add(threadId)} />
      )}
    </>
  );
}
