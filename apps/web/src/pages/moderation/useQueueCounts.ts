import type { ModerationQueueCounts } from '@inclusieplein/contract';
import { useCallback, useEffect, useState } from 'react';
import { useModerationRoom, useSocketEvent } from '../../realtime/useRealtime';

/**
 * Open reports and pending posts of a network, kept up to date by the live moderation room.
 * `initial` comes from the last loaded queue. Every queue event carries the new counts.
 */
export function useQueueCounts(
  networkId: string | undefined,
  initial: Omit<ModerationQueueCounts, 'networkId'> | undefined,
  onEvent?: (kind: 'created' | 'resolved' | 'changed', counts: ModerationQueueCounts) => void,
): { counts: Omit<ModerationQueueCounts, 'networkId'> | undefined; joined: boolean } {
  const joined = useModerationRoom(networkId);
  const [counts, setCounts] = useState(initial);

  useEffect(() => {
    if (initial) {
      setCounts({ openReportCount: initial.openReportCount, pendingPostCount: initial.pendingPostCount });
    }
  }, [initial?.openReportCount, initial?.pendingPostCount]);

  const handle = useCallback(
    (kind: 'created' | 'resolved' | 'changed') => (event: ModerationQueueCounts) => {
      if (event.networkId !== networkId) {
        return;
      }
      setCounts({ openReportCount: event.openReportCount, pendingPostCount: event.pendingPostCount });
      onEvent?.(kind, event);
    },
    [networkId, onEvent],
  );

  useSocketEvent('report.created', handle('created'));
  useSocketEvent('report.resolved', handle('resolved'));
  useSocketEvent('moderation.queue.changed', handle('changed'));

  return { counts, joined };
}
