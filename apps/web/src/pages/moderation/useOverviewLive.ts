import type { ModerationQueueCounts } from '@inclusieplein/contract';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { subscribeRoom } from '../../realtime/socket';
import { useSocketEvent } from '../../realtime/useRealtime';

/**
 * Joins the live moderation room of every network in `networkIds`, for the overview of all
 * networks, and calls `onEvent` for each queue event from one of them. Returns whether the server
 * accepted every join. The events carry one network's counts, so the caller reloads the queue for
 * totals over all networks.
 */
export function useOverviewLive(
  networkIds: readonly string[] | undefined,
  onEvent: (kind: 'created' | 'resolved' | 'changed') => void,
): boolean {
  const [joinedIds, setJoinedIds] = useState<ReadonlySet<string>>(new Set());
  // A stable key, so a reloaded list with the same networks keeps its rooms.
  const key = (networkIds ?? []).join(',');
  const watched = useMemo(() => new Set(key ? key.split(',') : []), [key]);

  useEffect(() => {
    setJoinedIds(new Set());
    const leaves = [...watched].map((networkId) =>
      subscribeRoom({ kind: 'moderation', payload: { networkId } }, (ack) =>
        setJoinedIds((current) => {
          const next = new Set(current);
          if (ack.ok) {
            next.add(networkId);
          } else {
            next.delete(networkId);
          }
          return next;
        }),
      ),
    );
    return () => {
      for (const leave of leaves) {
        leave();
      }
    };
  }, [watched]);

  const handle = useCallback(
    (kind: 'created' | 'resolved' | 'changed') => (event: ModerationQueueCounts) => {
      if (watched.has(event.networkId)) {
        onEvent(kind);
      }
    },
    [watched, onEvent],
  );

  useSocketEvent('report.created', handle('created'));
  useSocketEvent('report.resolved', handle('resolved'));
  useSocketEvent('moderation.queue.changed', handle('changed'));

  return networkIds !== undefined && networkIds.length > 0 && joinedIds.size === watched.size;
}
