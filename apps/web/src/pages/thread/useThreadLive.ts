import type { Post, PostChangedEvent, PostCreatedEvent, ThreadDetail } from '@inclusieplein/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { useSocketEvent, useThreadRoom } from '../../realtime/useRealtime';

export interface ThreadLive {
  /** False for posts of others that arrived after the reader last loaded the thread. */
  isVisible: (post: Post) => boolean;
  pendingCount: number;
  /** Loads the thread with all new posts and returns the id of the first new one in reading order. */
  showPending: () => Promise<string | undefined>;
  /** Marks a post as written here, so its live event is not counted as new. */
  markOwn: (postId: string) => void;
  /** Whether the server accepted this page into the thread's live room. */
  joined: boolean;
}

/**
 * Live updates of one thread. New posts of others are counted, not inserted, until the
 * reader asks for them. Edits and deletions are loaded at once and shown in place.
 */
export function useThreadLive(
  threadId: string,
  data: ThreadDetail | undefined,
  reload: () => Promise<ThreadDetail | undefined>,
): ThreadLive {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [knownIds, setKnownIds] = useState<Set<string> | null>(null);
  const [pendingIds, setPendingIds] = useState<string[]>([]);
  const ownIds = useRef(new Set<string>());

  const joined = useThreadRoom(threadId);

  useEffect(() => {
    setKnownIds(null);
    setPendingIds([]);
    ownIds.current = new Set();
  }, [threadId]);

  // The first load of a thread shows every post it has.
  useEffect(() => {
    if (data && data.id === threadId && knownIds === null) {
      setKnownIds(new Set(data.posts.map((post) => post.id)));
    }
  }, [data, threadId, knownIds]);

  const onCreated = useCallback(
    (event: PostCreatedEvent) => {
      if (event.threadId !== threadId || ownIds.current.has(event.postId) || knownIds?.has(event.postId)) {
        return;
      }
      setPendingIds((current) => (current.includes(event.postId) ? current : [...current, event.postId]));
    },
    [threadId, knownIds],
  );

  const onChanged = useCallback(
    (event: PostChangedEvent) => {
      if (event.threadId === threadId) {
        void reload();
      }
    },
    [threadId, reload],
  );

  useSocketEvent('post.created', onCreated);
  useSocketEvent('post.updated', onChanged);
  useSocketEvent('post.deleted', onChanged);

  // One polite announcement per burst of new posts, not one per post.
  useEffect(() => {
    if (pendingIds.length === 0) {
      return undefined;
    }
    const timer = window.setTimeout(() => announce(t('posts.newArrived', { count: pendingIds.length })), 1500);
    return () => window.clearTimeout(timer);
  }, [pendingIds.length, announce, t]);

  const isVisible = useCallback(
    (post: Post) => knownIds === null || knownIds.has(post.id) || ownIds.current.has(post.id),
    [knownIds],
  );

  const showPending = useCallback(async () => {
    const before = knownIds;
    const fresh = await reload();
    if (!fresh) {
      return undefined;
    }
    setKnownIds(new Set(fresh.posts.map((post) => post.id)));
    setPendingIds([]);
    return fresh.posts.find((post) => !before?.has(post.id) && !ownIds.current.has(post.id))?.id;
  }, [knownIds, reload]);

  const markOwn = useCallback((postId: string) => {
    ownIds.current.add(postId);
    setPendingIds((current) => current.filter((id) => id !== postId));
  }, []);

  return { isVisible, pendingCount: pendingIds.length, showPending, markOwn, joined };
}
