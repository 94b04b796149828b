import type { PlanUpdatedEvent } from '@inclusieplein/contract';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { usePlanRoom, useSocketEvent } from '../../realtime/useRealtime';
import { useSession } from '../../session/SessionContext';

export interface PlanLive {
  /** Name of the last person who saved the plan since this page loaded it, or null. */
  updatedBy: string | null;
  clear: () => void;
  /** Whether the server accepted this page into the plan's live room. */
  joined: boolean;
}

/**
 * Watches a plan for saves by others. A save is announced once, politely, and shown as a
 * notice. The page content and focus stay where they are until the person requests the new version.
 */
export function usePlanLive(planId: string, revision: number | undefined, announcement: 'view' | 'edit'): PlanLive {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { user } = useSession();
  const [updatedBy, setUpdatedBy] = useState<string | null>(null);
  const joined = usePlanRoom(planId);

  const onUpdated = useCallback(
    (event: PlanUpdatedEvent) => {
      // NOTE: the event names the author only by display name, so a save by someone with the same name counts as one's own.
      if (event.planId !== planId || event.authorDisplayName === user?.displayName) {
        return;
      }
      if (revision !== undefined && event.revision < revision) {
        return;
      }
      setUpdatedBy(event.authorDisplayName);
    },
    [planId, revision, user?.displayName],
  );
  useSocketEvent('plan.updated', onUpdated);

  useEffect(() => {
    if (updatedBy === null) {
      return undefined;
    }
    const key = announcement === 'view' ? 'plans.live.announce' : 'plans.live.announceEditing';
    const timer = window.setTimeout(() => announce(t(key, { name: updatedBy })), 500);
    return () => window.clearTimeout(timer);
  }, [updatedBy, announcement, announce, t]);

  const clear = useCallback(() => setUpdatedBy(null), []);
  return { updatedBy, clear, joined };
}
